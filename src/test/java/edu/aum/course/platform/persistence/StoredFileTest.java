package edu.aum.course.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StoredFileTest {

    private static final class File extends StoredFile {
        File(String fileName, String contentType, byte[] content) {
            super(fileName, contentType, content);
        }
    }

    @Test
    void theBytesAreKeptAsTheyWereGiven() {
        byte[] bytes = {1, 2, 3};
        File file = new File("a.pdf", "application/pdf", bytes);
        bytes[0] = 9;
        file.getContent()[1] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, file.getContent());
        assertEquals(3, file.contentLength());
        assertEquals("a.pdf", file.getFileName());
        assertEquals("application/pdf", file.getContentType());
    }

    @Test
    void whatDoesNotFitTheColumnsIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new File("a".repeat(StoredFile.NAME_MAX + 1), "text/plain", new byte[0]));
        assertThrows(
                IllegalArgumentException.class,
                () -> new File("a.txt", "t".repeat(StoredFile.TYPE_MAX + 1), new byte[0]));
        assertThrows(NullPointerException.class, () -> new File(null, "text/plain", new byte[0]));
        assertThrows(NullPointerException.class, () -> new File("a.txt", "text/plain", null));
    }
}

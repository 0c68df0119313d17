package edu.aum.course.essay.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.persistence.StoredFile;
import edu.aum.course.platform.text.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EssayFileTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final byte[] TEXT = "one two three".getBytes(StandardCharsets.UTF_8);

    @Test
    void aLongNameIsShortenedFromTheFrontSoThatItsExtensionStays() {
        EssayFile file = new EssayFile("  " + "n".repeat(300) + ".docx ", "application/msword", TEXT, NOW);

        assertEquals(StoredFile.NAME_MAX, file.getFileName().length());
        assertTrue(file.getFileName().endsWith("n.docx"), file.getFileName());
    }

    @Test
    void aMissingTypeIsOctetStreamAndTheSizeAndDigestAreKept() {
        EssayFile file = new EssayFile("essay.txt", " ", TEXT, NOW);

        assertEquals("application/octet-stream", file.getContentType());
        assertEquals(13, file.getSizeBytes());
        assertEquals(Sha256.hex(TEXT), file.getSha256());
        assertEquals(NOW, file.getUploadedAt());
    }
}

package edu.aum.course.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The W3C Bitstring Status List encoding: 16 KB at least, left-most bit first, GZIP, multibase base64url. */
class BitstringTest {

    @Test
    void encodesAtLeast131072EntriesWithIndexZeroAsTheLeftMostBit() throws IOException {
        Bitstring bits = new Bitstring();
        bits.set(0);
        bits.set(9);
        bits.set(131_071);
        String encoded = bits.encoded();
        assertTrue(encoded.startsWith("u"), "multibase base64url");
        assertFalse(encoded.contains("="), "no padding");
        byte[] raw;
        try (GZIPInputStream in = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            raw = in.readAllBytes();
        }
        assertEquals(16_384, raw.length);
        assertEquals((byte) 0x80, raw[0]);
        assertEquals((byte) 0x40, raw[1]);
        assertEquals((byte) 0x01, raw[16_383]);
    }

    @Test
    void decodesWhatItEncodes() {
        Bitstring bits = new Bitstring();
        bits.set(12_345);
        Bitstring back = Bitstring.decode(bits.encoded());
        assertTrue(back.get(12_345));
        assertFalse(back.get(12_344));
        assertEquals(Bitstring.SIZE, back.size());
    }

    @Test
    void refusesWhatIsNoList() {
        assertThrows(IllegalArgumentException.class, () -> Bitstring.decode("zabc"));
        assertThrows(IllegalArgumentException.class, () -> Bitstring.decode("uAAAA"));
        assertThrows(IllegalArgumentException.class, () -> new Bitstring().get(Bitstring.SIZE));
    }

    @Test
    void aCertificateIdFixesItsListAndIndex() {
        assertEquals(new StatusIndex(1, 0), StatusIndex.of(1));
        assertEquals(new StatusIndex(1, 131_071), StatusIndex.of(131_072));
        assertEquals(new StatusIndex(2, 0), StatusIndex.of(131_073));
        assertEquals(131_073, StatusIndex.of(131_073).certificateId());
    }
}

package edu.aum.course.certificate.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bitstring of a W3C Bitstring Status List: index 0 is the left-most bit (the most significant bit of the
 * first byte), the list GZIP-compressed and multibase-encoded as base64url without padding (prefix "u").
 */
public final class Bitstring {

    /** The specification's minimum (16 KB), so that a list gives away little about any one holder. */
    public static final int SIZE = 131_072;

    private static final int MAX_DECODED = 16 * 1024 * 1024;

    private final byte[] bits;

    public Bitstring() {
        this(new byte[SIZE / 8]);
    }

    private Bitstring(byte[] bits) {
        this.bits = bits;
    }

    public void set(int index) {
        check(index);
        bits[index / 8] |= (byte) (0x80 >>> (index % 8));
    }

    public boolean get(int index) {
        check(index);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    public int size() {
        return bits.length * 8;
    }

    private void check(int index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("status list index out of range: " + index);
        }
    }

    /** GZIP, then multibase base64url ("u" + base64url without padding). */
    public String encoded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** The list of an encodedList; IllegalArgumentException when it is not one. */
    public static Bitstring decode(String encoded) {
        if (encoded == null || !encoded.startsWith("u")) {
            throw new IllegalArgumentException("not a multibase base64url value");
        }
        byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = gzip.readNBytes(MAX_DECODED + 1);
            if (bits.length == 0 || bits.length > MAX_DECODED) {
                throw new IllegalArgumentException("a status list of " + bits.length + " bytes");
            }
            return new Bitstring(bits);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a GZIP-compressed status list", e);
        }
    }
}

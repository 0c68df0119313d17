package edu.aum.course.partner.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.text.Sha256;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void aSecretIsRecognisableAndUnguessable() {
        String secret = TokenSecrets.generate();

        assertTrue(secret.startsWith("aum_pt_"), secret);
        assertEquals(50, secret.length());
        assertTrue(TokenSecrets.looksValid(secret));
        assertNotEquals(secret, TokenSecrets.generate());
        assertEquals(secret.substring(0, 12), TokenSecrets.hint(secret));
    }

    @Test
    void garbageIsNotATokenShape() {
        assertFalse(TokenSecrets.looksValid(null));
        assertFalse(TokenSecrets.looksValid("aum_pt_short"));
        assertFalse(TokenSecrets.looksValid("xyz_pt_" + "a".repeat(43)));
        assertFalse(TokenSecrets.looksValid("aum_pt_" + "a".repeat(42) + "*"));
    }

    @Test
    void theStoredFormIsTheSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecrets.hash("abc"));
        String secret = TokenSecrets.generate();
        assertEquals(Sha256.hex(secret), TokenSecrets.hash(secret));
    }

    @Test
    void theTokenIsReadFromABearerHeaderOnly() {
        assertEquals("aum_pt_x", TokenSecrets.fromAuthorization("Bearer aum_pt_x"));
        assertEquals("aum_pt_x", TokenSecrets.fromAuthorization("  bearer   aum_pt_x "));
        assertNull(TokenSecrets.fromAuthorization("Basic YWxhZGRpbjpvcGVuc2VzYW1l"));
        assertNull(TokenSecrets.fromAuthorization(null));
        assertNull(TokenSecrets.fromAuthorization("Bearer"));
    }
}

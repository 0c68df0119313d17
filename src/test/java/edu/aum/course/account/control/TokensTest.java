package edu.aum.course.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.text.Sha256;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aTokenHas256RandomBitsInUrlSafeCharacters() {
        String token = Tokens.generate();

        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(Tokens.hasTokenShape(token));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(Tokens.generate()));
        }
    }

    @Test
    void onlyTheSha256IsStored() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
        String token = Tokens.generate();
        assertEquals(Tokens.hash(token), Tokens.hash(token));
        assertNotEquals(token, Tokens.hash(token));
        assertEquals(Sha256.hex(token), Tokens.hash(token));
    }

    @Test
    void garbageIsNoToken() {
        assertFalse(Tokens.hasTokenShape(null));
        assertFalse(Tokens.hasTokenShape("short"));
        assertFalse(Tokens.hasTokenShape("a".repeat(42) + "="));
    }

    @Test
    void throttleKeysDoNotKeepTheTypedEmailAndIgnoreCase() {
        String key = PasswordGuesses.pair("anna@msu.ru", "203.0.113.7");
        assertEquals(PasswordGuesses.pair("Anna@MSU.ru ", "203.0.113.7"), key);
        assertNotEquals(PasswordGuesses.pair("anna@msu.ru", "203.0.113.8"), key, "per account and address");
        assertFalse(key.contains("anna") || key.contains("203"));
        assertTrue(key.length() <= 80 && PasswordGuesses.address("203.0.113.7").length() <= 80);
    }
}

package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SerialsTest {

    @Test
    void serialsAreTwelveCharactersInGroupsOfFourFromTheUnambiguousAlphabet() {
        for (int i = 0; i < 1000; i++) {
            String serial = Serials.next();
            assertTrue(serial.matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"), serial);
        }
        assertEquals(32, Serials.ALPHABET.length());
        assertTrue(Serials.ALPHABET.chars().noneMatch(c -> "01OI".indexOf(c) >= 0));
    }

    @Test
    void oneHundredThousandSerialsAreDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(Serials.next()));
        }
    }

    @Test
    void everyLetterOfTheAlphabetIsUsed() {
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Serials.next().chars().filter(c -> c != '-').forEach(c -> used.add((char) c));
        }
        assertEquals(32, used.size());
    }

    @Test
    void typedSerialsAreNormalized() {
        assertEquals(Optional.of("7KQ4-M2XD-9HTR"), Serials.parse("7kq4m2xd9htr"));
        assertEquals(Optional.of("7KQ4-M2XD-9HTR"), Serials.parse(" 7KQ4 - M2XD – 9HTR "));
        assertEquals(Optional.of("7KQ4-M2XD-9HTR"), Serials.parse("7kq4-m2xd-9htr"));
        assertEquals(Optional.of("7KQ4-M2XD-9HTR"), Serials.parse("7KQ 4M2 XD9 HTR"));
    }

    @Test
    void whatCannotBeASerialIsEmpty() {
        assertEquals(Optional.empty(), Serials.parse("7KQ4-M2XD-9HT"));
        assertEquals(Optional.empty(), Serials.parse("7KQ4-M2XD-9HTRX"));
        assertEquals(Optional.empty(), Serials.parse("0KQ4-M2XD-9HTR"));
        assertEquals(Optional.empty(), Serials.parse("IKQ4-M2XD-9HTR"));
        assertEquals(Optional.empty(), Serials.parse(null));
        assertEquals(Optional.empty(), Serials.parse("7KQ4/M2XD/9HTR"));
    }
}

package edu.aum.course.certificate.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate serials: 12 random characters (60 bits) from a 32-letter alphabet without the look-alikes
 * 0/O and 1/I, in groups of four (7KQ4-M2XD-9HTR) for reading aloud and typing from paper.
 * Uniqueness is finally guaranteed by the database's unique constraint; collisions are astronomically rare.
 */
public final class Serials {

    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 12;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Serials() {}

    public static String next() {
        StringBuilder serial = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            serial.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return grouped(serial);
    }

    /** A serial as a person typed it (any case, dashes or spaces anywhere), in its printed form; empty if it cannot be one. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = typed.replaceAll("[\\s\\-\u2010-\u2015_]", "").toUpperCase(Locale.ROOT);
        boolean valid = plain.length() == LENGTH && plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
        return valid ? Optional.of(grouped(plain)) : Optional.empty();
    }

    private static String grouped(CharSequence plain) {
        StringBuilder grouped = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                grouped.append('-');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.toString();
    }
}

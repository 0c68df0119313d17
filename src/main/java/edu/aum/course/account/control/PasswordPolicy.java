package edu.aum.course.account.control;

import java.util.Optional;

/**
 * The strength rule for new passwords: long enough, not all one kind of character, and not the
 * e-mail itself. Answers the key of the message that explains a refusal.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of("password.tooSimple");
        }
        boolean letters = password.chars().anyMatch(Character::isLetter);
        boolean others = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letters || !others) {
            return Optional.of("password.needsMix");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("password.isEmail");
        }
        return Optional.empty();
    }
}

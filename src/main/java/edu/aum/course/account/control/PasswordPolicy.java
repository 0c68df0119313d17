package edu.aum.course.account.control;

import java.util.Optional;

/**
 * The strength rule for new passwords, wherever one is set (registration, reset, invitation, change, the
 * first administrator): long enough, not all one kind of character, not the e-mail itself, and not one
 * of the 100,000 most common breached passwords (CommonPasswords). Answers the key of the message that
 * explains a refusal. Existing passwords are never checked again: their accounts keep signing in.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
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
        if (CommonPasswords.contains(password)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }
}

package edu.aum.course.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"student-demo-1", "correct horse battery", "Пароль-2026!!", "a1b2c3d4e5f6"})
    void strongEnoughPasswordsPass(String password) {
        assertTrue(PasswordPolicy.problem(password, "someone@example.org").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "short1, password.tooShort",
        "password12, password.tooShort",
        "qwerty1234, password.tooShort",
        "a1b2c3d4e5f, password.tooShort",
        "password1234, password.common",
        "PassWord1234, password.common",
        "qwerty123456, password.common",
        "1q2w3e4r5t6y, password.common",
        "aaaaaaaaaaaaaa, password.tooSimple",
        "ababababab12, password.tooSimple",
        "onlyletterswithoutdigits, password.needsMix",
        "1234567890123, password.needsMix",
        "someone@example.org, password.isEmail"
    })
    void weakPasswordsAreRefusedWithTheirReason(String password, String reason) {
        assertEquals(Optional.of(reason), PasswordPolicy.problem(password, "someone@example.org"));
    }

    @org.junit.jupiter.api.Test
    void theWholeListOfTheHundredThousandMostCommonIsShipped() {
        assertEquals(100_000, CommonPasswords.shippedEntries());
    }

    @org.junit.jupiter.api.Test
    void overlongAndMissingPasswordsAreRefused() {
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problem("a1".repeat(65), null));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem(null, null));
    }
}

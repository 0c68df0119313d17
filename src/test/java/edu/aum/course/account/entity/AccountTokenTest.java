package edu.aum.course.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.platform.i18n.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Account ACCOUNT =
            new Account("a@b.ru", "Анна", "hash", Language.RU, EnumSet.of(Role.STUDENT), NOW);

    @Test
    void eachPurposeHasItsLifetime() {
        assertEquals(Duration.ofHours(48), TokenPurpose.CONFIRM_EMAIL.lifetime());
        assertEquals(Duration.ofHours(1), TokenPurpose.RESET_PASSWORD.lifetime());
        assertEquals(Duration.ofDays(7), TokenPurpose.SET_PASSWORD.lifetime());
        assertEquals(
                NOW.plus(Duration.ofHours(1)),
                token(TokenPurpose.RESET_PASSWORD).getExpiresAt());
    }

    @Test
    void aTokenWorksUntilItExpires() {
        AccountToken reset = token(TokenPurpose.RESET_PASSWORD);

        assertTrue(reset.isUsable(NOW.plus(Duration.ofMinutes(59))));
        assertFalse(reset.isUsable(NOW.plus(Duration.ofHours(1))));
        assertThrows(IllegalStateException.class, () -> reset.use(NOW.plus(Duration.ofMinutes(61))));
    }

    @Test
    void aTokenIsUsedOnce() {
        AccountToken confirm = token(TokenPurpose.CONFIRM_EMAIL);

        confirm.use(NOW.plusSeconds(10));

        assertEquals(NOW.plusSeconds(10), confirm.getUsedAt());
        assertFalse(confirm.isUsable(NOW.plusSeconds(11)));
        assertThrows(IllegalStateException.class, () -> confirm.use(NOW.plusSeconds(12)));
    }

    @Test
    void anEmailChangeCarriesTheNewAddress() {
        AccountToken change = AccountToken.emailChange(ACCOUNT, " New@Mail.ru", "h", NOW);

        assertEquals(TokenPurpose.CHANGE_EMAIL, change.getPurpose());
        assertEquals("new@mail.ru", change.getNewEmail());
    }

    private static AccountToken token(TokenPurpose purpose) {
        return new AccountToken(ACCOUNT, purpose, "hash", NOW);
    }
}

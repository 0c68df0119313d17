package edu.aum.course.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.University;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The account's status transitions: confirmation, invitation, deactivation and reactivation. */
class AccountStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aRegisteredStudentSignsInOnlyAfterConfirming() {
        Account account = Account.registeredStudent("a@b.ru", "Ёлкина Мария", "hash", Language.RU, NOW);
        assertEquals(AccountStatus.PENDING_CONFIRMATION, account.getStatus());
        assertFalse(account.canSignIn());
        assertNull(account.getEmailConfirmedAt());

        account.confirmEmail(NOW);

        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertTrue(account.canSignIn());
        assertEquals(NOW, account.getEmailConfirmedAt());
        assertThrows(IllegalStateException.class, () -> account.confirmEmail(NOW), "confirmed once");
    }

    @Test
    void anInvitedPersonSignsInOnceTheyChooseAPassword() {
        Account account = Account.invited("i@b.edu", "John Miller", Language.EN, EnumSet.of(Role.INSTRUCTOR), NOW);
        assertEquals(AccountStatus.INVITED, account.getStatus());
        assertFalse(account.hasPassword());
        assertFalse(account.canSignIn());

        account.choosePasswordFromMail("hash", NOW);

        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertTrue(account.canSignIn());
    }

    @Test
    void aResetThroughTheMailedLinkAlsoConfirmsTheAddress() {
        Account account = Account.registeredStudent("a@b.ru", "Анна", "old", Language.RU, NOW);

        account.choosePasswordFromMail("new", NOW);

        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertEquals("new", account.getPasswordHash());
    }

    @Test
    void aDeactivatedAccountCannotSignInNorResetAndIsReactivatedToWhereItStood() {
        Account active = new Account("a@b.ru", "Анна", "hash", Language.RU, EnumSet.of(Role.STUDENT), NOW);
        Account unconfirmed = Account.registeredStudent("u@b.ru", "Уля", "hash", Language.RU, NOW);
        Account invited = Account.invited("i@b.ru", "Иван", Language.RU, EnumSet.of(Role.ADMIN), NOW);
        for (Account account : new Account[] {active, unconfirmed, invited}) {
            account.deactivate();
            assertEquals(AccountStatus.DEACTIVATED, account.getStatus());
            assertFalse(account.canSignIn());
            assertThrows(IllegalStateException.class, () -> account.choosePasswordFromMail("x", NOW));
            assertThrows(IllegalStateException.class, account::deactivate);
            account.reactivate();
        }
        assertEquals(AccountStatus.ACTIVE, active.getStatus());
        assertEquals(AccountStatus.PENDING_CONFIRMATION, unconfirmed.getStatus());
        assertEquals(AccountStatus.INVITED, invited.getStatus());
        assertThrows(IllegalStateException.class, active::reactivate, "only a deactivated account is reactivated");
    }

    @Test
    void transitionsAreDefinedInOnePlace() {
        assertTrue(AccountStatus.PENDING_CONFIRMATION.canChangeTo(AccountStatus.ACTIVE));
        assertFalse(AccountStatus.ACTIVE.canChangeTo(AccountStatus.PENDING_CONFIRMATION));
        assertFalse(AccountStatus.ACTIVE.canChangeTo(AccountStatus.INVITED));
        assertFalse(AccountStatus.DEACTIVATED.canChangeTo(AccountStatus.DEACTIVATED));
    }

    @Test
    void invitedPartnerStaffBelongToAPartnerUniversity() {
        University msu = new University("Lomonosov Moscow State University", "МГУ", "RU", true, NOW);
        University other = new University("Tomsk State University", "ТГУ", "RU", false, NOW);

        Account staff = Account.invitedPartnerStaff("p@msu.ru", "Сергей", Language.RU, msu, NOW);

        assertEquals(msu, staff.getUniversity());
        assertEquals(AccountStatus.INVITED, staff.getStatus());
        assertThrows(
                IllegalArgumentException.class,
                () -> Account.invitedPartnerStaff("p@tsu.ru", "Пётр", Language.RU, other, NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> Account.invited("p@x.ru", "Пётр", Language.RU, EnumSet.of(Role.PARTNER), NOW));
    }

    @Test
    void nameAndEmailChange() {
        Account account = new Account("a@b.ru", "Анна", "hash", Language.RU, EnumSet.of(Role.STUDENT), NOW);

        account.rename("  Анна   Мария  ");
        account.changeEmail(" New@Mail.RU ", NOW.plusSeconds(5));

        assertEquals("Анна Мария", account.getFullName());
        assertEquals("new@mail.ru", account.getEmail());
        assertEquals(NOW.plusSeconds(5), account.getEmailConfirmedAt());
        assertThrows(IllegalArgumentException.class, () -> account.rename("1234"));
    }
}

package edu.aum.course.account.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.University;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void theEmailIsStoredTrimmedInLowerCase() {
        Account account = student("  Anna.Petrova@MSU.ru ", "Анна Петрова");

        assertEquals("anna.petrova@msu.ru", account.getEmail());
    }

    @Test
    void theNameIsKeptAsWrittenInAnyScript() {
        assertEquals(
                "Анна-Мария О'Коннор",
                student("a@b.ru", "  Анна-Мария О'Коннор ").getFullName());
        assertEquals("José Núñez", student("j@b.edu", "José Núñez").getFullName());
    }

    @Test
    void anAccountNeedsEmailNameAndARole() {
        assertThrows(IllegalArgumentException.class, () -> student(" ", "Name"));
        assertThrows(IllegalArgumentException.class, () -> student("a@b.c", " "));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Account("a@b.c", "Name", "hash", Language.EN, EnumSet.noneOf(Role.class), NOW));
    }

    @Test
    void partnerStaffBelongToAPartnerUniversity() {
        University msu = new University("Lomonosov Moscow State University", "МГУ", "ru", true, NOW);
        University other = new University("Tomsk State University", "ТГУ", "RU", false, NOW);

        Account staff = Account.partnerStaff("p@msu.ru", "Сергей", "hash", Language.RU, msu, NOW);

        assertEquals(msu, staff.getUniversity());
        assertEquals(EnumSet.of(Role.PARTNER), staff.getRoles());
        assertEquals("RU", msu.getCountry());
        assertThrows(
                IllegalArgumentException.class,
                () -> Account.partnerStaff("p@tsu.ru", "Пётр", "hash", Language.RU, other, NOW));
    }

    @Test
    void theRolesCannotBeChangedFromOutside() {
        Account account = student("a@b.c", "Name");

        assertThrows(
                UnsupportedOperationException.class, () -> account.getRoles().add(Role.ADMIN));
        assertEquals(Role.STUDENT, account.landingRole());
    }

    @Test
    void aNewAccountMaySignInAndRemembersItsLanguage() {
        Account account = student("a@b.c", "Name");
        assertTrue(account.canSignIn());
        assertFalse(account.getRoles().isEmpty());

        account.changePreferredLanguage(Language.RU);

        assertEquals(Language.RU, account.getPreferredLanguage());
    }

    @Test
    void anAdminDeactivatesAnyAccountButTheirOwn() throws ReflectiveOperationException {
        Account account = student("a@b.c", "Name");
        var id = Account.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(account, 5L);

        assertTrue(account.canBeDeactivatedBy(1L));
        assertFalse(account.canBeDeactivatedBy(5L), "their own account: they would lock themselves out");
        assertFalse(account.isDeactivated());

        account.deactivate();

        assertTrue(account.isDeactivated());
        assertFalse(account.canBeDeactivatedBy(1L), "already deactivated");
        account.reactivate();
        assertFalse(account.isDeactivated());
    }

    private static Account student(String email, String name) {
        return new Account(email, name, "hash", Language.EN, EnumSet.of(Role.STUDENT), NOW);
    }
}

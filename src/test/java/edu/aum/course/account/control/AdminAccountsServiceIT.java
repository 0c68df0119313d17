package edu.aum.course.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.audit.AuditEntry;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.university.api.University;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16 item 11 on the real schema: an administrator changes a person's name, e-mail and roles (both addresses
 * told, sessions ended, a change meanwhile refused, a taken address or an impossible set of roles refused with nothing
 * changed), sends the invitation again or a password-reset link where each makes sense, and every change is in the
 * audit log; the last sign-in is kept per account without touching the account's version.
 */
class AdminAccountsServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    AdminAccounts admin;
    AccountService accounts;
    Account boss;
    Account person;

    @BeforeEach
    void anAdministratorAndAnInstructor() {
        tier.service(PasswordHasher.class).hash = new jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash() {
            @Override
            public String generate(char[] password) {
                return "plain:" + new String(password);
            }

            @Override
            public boolean verify(char[] password, String hashedPassword) {
                return generate(password).equals(hashedPassword);
            }
        };
        admin = tier.service(AdminAccounts.class);
        accounts = tier.service(AccountService.class);
        boss = data.admin("Boss Admin");
        person = data.instructor("Ivy Instructor");
        tier.em().flush();
    }

    @Test
    void nameEmailAndRolesChangeTogetherAndBothAddressesAreToldAndSessionsEnd() {
        String old = person.getEmail();
        String address = data.unique("moved-").toLowerCase() + "@tier.test";
        long epoch = person.getSessionEpoch();

        admin.edit(
                boss.getId(),
                person.getId(),
                person.getVersion(),
                "Ivy Newname",
                address.toUpperCase(),
                EnumSet.of(Role.INSTRUCTOR, Role.ADMIN),
                null);
        tier.em().flush();

        Account changed = accounts.get(person.getId());
        assertEquals("Ivy Newname", changed.getFullName());
        assertEquals(address, changed.getEmail(), "kept as the sign-in compares it: lower case");
        assertEquals(EnumSet.of(Role.INSTRUCTOR, Role.ADMIN), changed.getRoles());
        assertTrue(changed.getSessionEpoch() > epoch, "open sessions end (SessionGuard)");
        assertEquals(Set.of(old, address), Set.copyOf(recipients(AdminAccounts.CHANGED_BY_ADMIN)));
        assertEquals(2, recipients(AdminAccounts.CHANGED_BY_ADMIN).size());
        AuditEntry entry = audit(person).get(0);
        assertEquals("EDIT", entry.getAction());
        assertTrue(entry.getDetail().contains("Ivy Instructor → Ivy Newname"), entry.getDetail());
        assertTrue(entry.getDetail().contains(old + " → " + address), entry.getDetail());
        assertTrue(entry.getDetail().contains("INSTRUCTOR → ADMIN+INSTRUCTOR"), entry.getDetail());
    }

    @Test
    void refusalsChangeNothing() {
        Account other = data.instructor("Other Person");
        tier.em().flush();
        long version = person.getVersion();
        assertRefused(
                "admin.users.create.emailTaken",
                () -> admin.edit(
                        boss.getId(), person.getId(), version, "Renamed", other.getEmail(), Set.of(Role.ADMIN), null));
        assertRefused(
                "admin.users.roleRequired",
                () -> admin.edit(boss.getId(), person.getId(), version, "Renamed", person.getEmail(), Set.of(), null));
        University partner = data.university(true);
        assertRefused(
                "admin.users.partnerAlone",
                () -> admin.edit(
                        boss.getId(),
                        person.getId(),
                        version,
                        "Renamed",
                        person.getEmail(),
                        EnumSet.of(Role.PARTNER, Role.INSTRUCTOR),
                        partner.getId()));
        assertRefused(
                "admin.users.create.universityRequired",
                () -> admin.edit(
                        boss.getId(),
                        person.getId(),
                        version,
                        "Renamed",
                        person.getEmail(),
                        Set.of(Role.PARTNER),
                        null));
        assertRefused(
                "admin.users.cannotDemoteSelf",
                () -> admin.edit(
                        boss.getId(),
                        boss.getId(),
                        boss.getVersion(),
                        "Boss",
                        boss.getEmail(),
                        Set.of(Role.STUDENT),
                        null));
        assertRefused(
                "common.concurrentEdit",
                () -> admin.edit(
                        boss.getId(),
                        person.getId(),
                        version - 1,
                        "Renamed",
                        person.getEmail(),
                        Set.of(Role.ADMIN),
                        null));
        tier.em().refresh(person);
        assertEquals("Ivy Instructor", person.getFullName(), "checked before anything changes");
        assertEquals(EnumSet.of(Role.INSTRUCTOR), person.getRoles());
        assertTrue(audit(person).isEmpty());
    }

    @Test
    void partnerStaffGetTheirUniversityAndLoseItWithTheRole() {
        University partner = data.university(true);
        admin.edit(
                boss.getId(),
                person.getId(),
                person.getVersion(),
                person.getFullName(),
                person.getEmail(),
                Set.of(Role.PARTNER),
                partner.getId());
        tier.em().flush();
        assertEquals(
                partner.getId(), accounts.get(person.getId()).getUniversity().getId());
        admin.edit(
                boss.getId(),
                person.getId(),
                accounts.get(person.getId()).getVersion(),
                person.getFullName(),
                person.getEmail(),
                Set.of(Role.INSTRUCTOR),
                partner.getId());
        tier.em().flush();
        assertEquals(null, accounts.get(person.getId()).getUniversity(), "an instructor belongs to no university");
    }

    @Test
    void theInvitationAgainOnlyBeforeAPasswordAndTheResetLinkOnlyAfter() {
        Account invited = accounts.inviteStaff(
                data.unique("inv-").toLowerCase() + "@tier.test", "Invited Person", Language.RU, Role.INSTRUCTOR, null);
        tier.em().flush();
        admin.resendInvitation(boss.getId(), invited.getId());
        assertEquals(List.of(invited.getEmail(), invited.getEmail()), recipients(AccountMails.INVITE));
        assertRefused("admin.users.resetInvited", () -> admin.sendPasswordReset(boss.getId(), invited.getId()));

        assertRefused("admin.users.notInvited", () -> admin.resendInvitation(boss.getId(), person.getId()));
        admin.sendPasswordReset(boss.getId(), person.getId());
        assertEquals(List.of(person.getEmail()), recipients(AccountMails.RESET));

        admin.deactivate(boss.getId(), person.getId());
        assertRefused("admin.users.resetDeactivated", () -> admin.sendPasswordReset(boss.getId(), person.getId()));
        admin.reactivate(boss.getId(), person.getId());
        List<String> actions = audit(person).stream().map(AuditEntry::getAction).toList();
        assertEquals(3, actions.size(), actions.toString());
        assertTrue(actions.contains("RESET_LINK_SENT"), actions.toString());
        assertEquals(
                List.of("INVITATION_SENT"),
                audit(invited).stream().map(AuditEntry::getAction).toList());
    }

    @Test
    void theLastSignInIsKeptBesideTheAccountNotInIt() {
        Account student = accounts.create(
                data.unique("s-").toLowerCase() + "@tier.test",
                "Signing Student",
                "tier-pass-2026x".toCharArray(),
                Language.EN,
                EnumSet.of(Role.STUDENT));
        tier.em().flush();
        long version = student.getVersion();
        SignIns signIns = tier.service(SignIns.class);
        assertFalse(signIns.lastOf(List.of(student.getId())).containsKey(student.getId()), "never signed in");

        SignInService signIn = tier.service(SignInService.class);
        assertTrue(signIn.attempt(student.getEmail(), "tier-pass-2026x".toCharArray(), "192.0.2.1")
                .account()
                .isPresent());
        Instant first = signIns.lastOf(List.of(student.getId())).get(student.getId());
        assertEquals(tier.clock().instant().getEpochSecond(), first.getEpochSecond());
        tier.clock().advance(Duration.ofHours(5));
        signIn.attempt(student.getEmail(), "tier-pass-2026x".toCharArray(), "192.0.2.1");
        signIn.attempt(student.getEmail(), "a-wrong-password".toCharArray(), "192.0.2.1");
        tier.em().clear();
        assertEquals(
                first.plus(Duration.ofHours(5)).getEpochSecond(),
                signIns.lastOf(List.of(student.getId())).get(student.getId()).getEpochSecond(),
                "the right password moves it, a wrong one does not");
        assertEquals(version, accounts.get(student.getId()).getVersion(), "the account's version stays");
    }

    private List<AuditEntry> audit(Account account) {
        tier.em().flush();
        return tier.service(AuditLog.class).of(AdminAccounts.SUBJECT, account.getId());
    }

    private List<String> recipients(String template) {
        tier.em().flush();
        return tier
                .em()
                .createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.template = :template AND m.recipient LIKE '%@tier.test'"
                                + " ORDER BY m.id",
                        OutboxMessage.class)
                .setParameter("template", template)
                .getResultList()
                .stream()
                .map(OutboxMessage::getRecipient)
                .toList();
    }

    private static void assertRefused(String key, Runnable action) {
        BusinessException refused = assertThrows(BusinessException.class, action::run);
        assertEquals(key, refused.getMessage());
    }
}

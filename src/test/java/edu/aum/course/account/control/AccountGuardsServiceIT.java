package edu.aum.course.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.account.control.SignInAttempt.Refusal;
import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.testsupport.ServiceTier;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13 items 3, 4 and 5 on the real schema: password guesses are throttled per account and address (and,
 * much higher, per address), so the owner still signs in from elsewhere; the current-password check of My
 * account counts the same; public forms queue at most 3 mails an hour per recipient and MAIL_LIMIT_PER_ADDRESS per client address;
 * registering a taken address answers as a new one and mails its owner.
 */
class AccountGuardsServiceIT {

    private static final String PASSWORD = "tier-pass-2026x";
    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.7";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    /** PBKDF2 is not in the service tier (its Pbkdf2PasswordHash is a stand-in): a plain one that tells passwords apart. */
    @BeforeEach
    void plainHashes() {
        tier.service(PasswordHasher.class).hash = new PlainHash();
    }

    private static final class PlainHash implements Pbkdf2PasswordHash {

        @Override
        public String generate(char[] password) {
            return "plain:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            return generate(password).equals(hashedPassword);
        }
    }

    @Test
    void fiveWrongPasswordsFromOneAddressLockOnlyThatAddressForTheAccount() {
        Account victim = account(Language.EN);
        SignInService signIn = tier.service(SignInService.class);
        for (int i = 1; i <= 4; i++) {
            assertEquals(Refusal.WRONG_CREDENTIALS, refusal(signIn, victim, "wrong-pass-" + i, ATTACKER));
        }
        assertEquals(Refusal.LOCKED, refusal(signIn, victim, "wrong-pass-5", ATTACKER));
        assertEquals(Refusal.LOCKED, refusal(signIn, victim, PASSWORD, ATTACKER), "even the right one waits there");

        var owner = signIn.attempt(victim.getEmail(), PASSWORD.toCharArray(), OWNER);
        assertTrue(owner.account().isPresent(), "the owner signs in from an address that has not failed");
    }

    @Test
    void theLockGrowsWithEachFurtherFailureAndTheRightPasswordEndsIt() {
        Account victim = account(Language.EN);
        SignInService signIn = tier.service(SignInService.class);
        for (int i = 1; i <= 5; i++) {
            signIn.attempt(victim.getEmail(), "wrong-pass-x".toCharArray(), ATTACKER);
        }
        tier.clock().advance(Duration.ofSeconds(61));
        assertEquals(Refusal.LOCKED, refusal(signIn, victim, "wrong-pass-6", ATTACKER), "one more locks again");
        tier.clock().advance(Duration.ofSeconds(61));
        assertEquals(Refusal.LOCKED, refusal(signIn, victim, PASSWORD, ATTACKER), "for two minutes now");
        tier.clock().advance(Duration.ofSeconds(60));

        assertTrue(signIn.attempt(victim.getEmail(), PASSWORD.toCharArray(), ATTACKER)
                .account()
                .isPresent());
        assertEquals(Refusal.WRONG_CREDENTIALS, refusal(signIn, victim, "wrong-pass-7", ATTACKER), "forgotten");
    }

    @Test
    void anAddressGuessingManyAccountsIsLockedAfterAHundred() {
        PasswordGuesses guesses = tier.service(PasswordGuesses.class);
        for (int i = 1; i < 100; i++) {
            assertFalse(guesses.failed("someone-" + i + "@tier.test", ATTACKER), "failure " + i);
        }
        assertTrue(guesses.failed("someone-100@tier.test", ATTACKER));
        assertTrue(guesses.isLocked("fresh@tier.test", ATTACKER));
        assertFalse(guesses.isLocked("fresh@tier.test", OWNER));
    }

    @Test
    void theCurrentPasswordUnderMyAccountIsThrottledTheSameWay() {
        Account account = account(Language.EN);
        ProfileService profile = tier.service(ProfileService.class);
        for (int i = 1; i <= 4; i++) {
            String wrong = "wrong-" + i;
            assertEquals(
                    "account.profile.wrongPassword",
                    refusal(() -> profile.changePassword(account.getId(), wrong, "new-tier-pass-1", ATTACKER)));
        }
        assertEquals(
                "account.profile.passwordLocked",
                refusal(() -> profile.changePassword(account.getId(), "wrong-5", "new-tier-pass-1", ATTACKER)));
        assertEquals(
                "account.profile.passwordLocked",
                refusal(() -> profile.changePassword(account.getId(), PASSWORD, "new-tier-pass-1", ATTACKER)));
        assertEquals(
                Refusal.LOCKED,
                refusal(tier.service(SignInService.class), account, PASSWORD, ATTACKER),
                "one counter with sign-in");

        long before = account.getSessionEpoch();
        long epoch = profile.changePassword(account.getId(), PASSWORD, "new-tier-pass-1", OWNER);
        assertEquals(before + 1, epoch, "a new password raises the session epoch");
    }

    @Test
    void forgotPasswordMailsAtMostThreeAnHourPerRecipientWhateverTheAddress() {
        Account account = account(Language.EN);
        PasswordResetService resets = tier.service(PasswordResetService.class);
        for (int i = 0; i < 6; i++) {
            resets.requestReset(account.getEmail(), "192.0.2." + i);
        }
        assertEquals(3, mails(account.getEmail(), "account.reset").size());

        tier.clock().advance(Duration.ofMinutes(61));
        resets.requestReset(account.getEmail(), "192.0.2.99");
        assertEquals(4, mails(account.getEmail(), "account.reset").size(), "the next hour, one more");
    }

    @Test
    void oneClientAddressGetsAtMostItsLimitOfMailsAnHourWhateverTheRecipients() {
        tier.setting("mail.limit.per.address", "3"); // MAIL_LIMIT_PER_ADDRESS (default 30, for a campus NAT)
        PasswordResetService resets = tier.service(PasswordResetService.class);
        RegistrationService registration = tier.service(RegistrationService.class);
        List<Account> accounts = List.of(account(Language.EN), account(Language.EN), account(Language.EN));
        accounts.forEach(a -> resets.requestReset(a.getEmail(), ATTACKER));
        accounts.forEach(
                a -> assertEquals(1, mails(a.getEmail(), "account.reset").size()));

        Account fourth = account(Language.EN);
        resets.requestReset(fourth.getEmail(), ATTACKER);
        String fresh = email();
        assertEquals(fresh, registration.register(fresh, "Fresh Student", PASSWORD, Language.EN, null, ATTACKER));
        registration.resendConfirmation(fresh, ATTACKER);

        assertEquals(List.of(), mails(fourth.getEmail(), "account.reset"));
        assertEquals(List.of(), mails(fresh, "account.confirm"), "over the address's limit: nothing queued");
        registration.resendConfirmation(fresh, OWNER);
        assertEquals(1, mails(fresh, "account.confirm").size(), "from another address the link comes");
    }

    @Test
    void registeringATakenAddressAnswersAsANewOneAndMailsItsOwnerInTheirLanguage() {
        Account owner = account(Language.RU);
        RegistrationService registration = tier.service(RegistrationService.class);
        String fresh = email();

        String forNew = registration.register(fresh, "New Student", PASSWORD, Language.EN, null, OWNER);
        String forTaken = registration.register(
                " " + owner.getEmail().toUpperCase(), "Someone Else", PASSWORD, Language.EN, null, OWNER);

        assertEquals(fresh, forNew);
        assertEquals(owner.getEmail(), forTaken, "the same answer: the address, normalized");
        assertEquals(1, mails(fresh, "account.confirm").size());
        List<OutboxMessage> told = mails(owner.getEmail(), "account.registerAttempt");
        assertEquals(1, told.size());
        assertEquals(Language.RU, told.get(0).getLanguage());
        assertTrue(
                told.get(0).getBody().contains("/forgot-password.xhtml"),
                told.get(0).getBody());
        assertTrue(told.get(0).getBody().contains("/login.xhtml"), told.get(0).getBody());
        assertEquals("Tier Person", owner.getFullName(), "the owner's account is unchanged");
    }

    @Test
    void aBreachedPasswordAnAddressWithANulOrAZoneOutsideTheListIsRefusedAtRegistration() {
        RegistrationService registration = tier.service(RegistrationService.class);
        assertEquals(
                "password.common",
                refusal(() -> registration.register(email(), "A B", "password1234", Language.EN, null, OWNER)));
        assertEquals(
                "email.invisibleCharacters",
                refusal(() ->
                        registration.register("anna\u0000@tier.test", "A B", PASSWORD, Language.EN, null, OWNER)));
        assertEquals(
                "timeZone.unknown",
                refusal(() -> registration.register(email(), "A B", PASSWORD, Language.EN, "Mars/Olympus", OWNER)));
        assertEquals(
                "timeZone.unknown",
                refusal(() -> registration.register(email(), "A B", PASSWORD, Language.EN, "US/Eastern", OWNER)));
    }

    private Account account(Language language) {
        return tier.service(AccountService.class)
                .create(email(), "Tier Person", PASSWORD.toCharArray(), language, EnumSet.of(Role.STUDENT));
    }

    private static String email() {
        return "guard-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@tier.test";
    }

    private static Refusal refusal(SignInService signIn, Account account, String password, String address) {
        var outcome = signIn.attempt(account.getEmail(), password.toCharArray(), address);
        assertTrue(outcome.account().isEmpty(), "refused");
        return outcome.refusal();
    }

    private static String refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).key();
    }

    private List<OutboxMessage> mails(String to, String template) {
        return tier.em()
                .createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.recipient = :to AND m.template = :template",
                        OutboxMessage.class)
                .setParameter("to", to)
                .setParameter("template", template)
                .getResultList();
    }
}

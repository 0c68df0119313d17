package edu.aum.course.account.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.entity.AccountStatus;
import edu.aum.course.account.entity.AccountToken;
import edu.aum.course.account.entity.TokenPurpose;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.i18n.TimeZones;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;

/** Students register themselves and confirm their e-mail; confirmation links also confirm a new e-mail. */
@Stateless
public class RegistrationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountMails mails;

    @Inject
    TokenService tokens;

    @Inject
    MailLimits mailLimits;

    @Inject
    Clock clock;

    /**
     * A student account that signs in once the link mailed to the address is followed (48 hours). An
     * address that already has an account answers the same (the normalized address), and its owner is
     * mailed that someone tried to register with it; the password is hashed either way, so the time taken
     * tells nothing either. Mails obey MailLimits.
     */
    public String register(
            String email, String fullName, String password, Language language, String zone, String clientAddress) {
        String address = AccountRules.email(email);
        String name = AccountRules.name(fullName);
        ZoneId timeZone = TimeZones.chosen(zone);
        AccountRules.password(password, address);
        String hash = hasher.hash(password.toCharArray());
        Optional<Account> existing = accounts.findByEmail(address);
        if (existing.isPresent()) {
            if (!existing.get().isDeactivated() && mailLimits.allow(address, clientAddress)) {
                mails.registrationAttempt(existing.get());
            }
            return address;
        }
        Account account = Account.registeredStudent(address, name, hash, language, clock.instant());
        account.changeTimeZone(timeZone);
        em.persist(account);
        if (mailLimits.allow(address, clientAddress)) {
            mails.confirmation(account);
        }
        return address;
    }

    /** Mails a new link to an unconfirmed account (within MailLimits); says nothing about other addresses. */
    public void resendConfirmation(String email, String clientAddress) {
        accounts.findByEmail(email)
                .filter(account -> account.getStatus() == AccountStatus.PENDING_CONFIRMATION)
                .filter(account -> mailLimits.allow(account.getEmail(), clientAddress))
                .ifPresent(mails::confirmation);
    }

    /**
     * Follows a confirmation link: of a registration, or of a new e-mail address. Answers the purpose,
     * so that the page says what happened.
     */
    public TokenPurpose confirm(String token) {
        AccountToken used = tokens.redeem(token, EnumSet.of(TokenPurpose.CONFIRM_EMAIL, TokenPurpose.CHANGE_EMAIL));
        Account account = used.getAccount();
        if (account.getStatus() == AccountStatus.DEACTIVATED) {
            throw new BusinessException(TokenService.INVALID);
        }
        if (used.getPurpose() == TokenPurpose.CONFIRM_EMAIL) {
            if (account.getStatus() != AccountStatus.PENDING_CONFIRMATION) {
                throw new BusinessException(TokenService.INVALID);
            }
            account.confirmEmail(clock.instant());
        } else {
            if (accounts.findByEmail(used.getNewEmail()).isPresent()) {
                throw new BusinessException("account.profile.emailTaken");
            }
            account.changeEmail(used.getNewEmail(), clock.instant());
        }
        return used.getPurpose();
    }
}

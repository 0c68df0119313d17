package edu.aum.course.account.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.entity.AccountStatus;
import edu.aum.course.account.entity.AccountToken;
import edu.aum.course.account.entity.TokenPurpose;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.TimeZones;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/** A forgotten password is replaced through a mailed link; invited people choose theirs the same way. */
@Stateless
public class PasswordResetService {

    static final Set<TokenPurpose> PURPOSES = EnumSet.of(TokenPurpose.RESET_PASSWORD, TokenPurpose.SET_PASSWORD);

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
     * Mails a link (1 hour) if the address has an account that may have one, within MailLimits; the caller
     * learns nothing.
     */
    public void requestReset(String email, String clientAddress) {
        accounts.findByEmail(email)
                .filter(account -> !account.isDeactivated()) // no way back in by mail
                .filter(account -> mailLimits.allow(account.getEmail(), clientAddress))
                .ifPresent(account -> {
                    if (account.getStatus() == AccountStatus.INVITED) {
                        mails.invitation(account);
                    } else {
                        mails.passwordReset(account);
                    }
                });
    }

    /** Whether the link still works (the page shows the form, or says to ask again). */
    public boolean isUsable(String token) {
        return tokens.findUsable(token, PURPOSES)
                .filter(t -> t.getAccount().getStatus() != AccountStatus.DEACTIVATED)
                .isPresent();
    }

    /** Whether the link is a working invitation: its page also asks for the person's time zone. */
    public boolean isInvitation(String token) {
        return tokens.findUsable(token, EnumSet.of(TokenPurpose.SET_PASSWORD))
                .filter(t -> t.getAccount().getStatus() != AccountStatus.DEACTIVATED)
                .isPresent();
    }

    /**
     * Sets the password once per link; the account may then sign in (the link proved the address). An invitation's
     * page sends the person's time zone too (none: unchanged, the course's until they choose).
     */
    public Account resetPassword(String token, String newPassword, String zone) {
        java.time.ZoneId timeZone = TimeZones.chosen(zone);
        Account target = tokens.findUsable(token, PURPOSES)
                .map(AccountToken::getAccount)
                .orElseThrow(() -> new BusinessException(TokenService.INVALID));
        AccountRules.password(newPassword, target.getEmail());
        Account account = tokens.redeem(token, PURPOSES).getAccount();
        if (account.getStatus() == AccountStatus.DEACTIVATED) {
            throw new BusinessException(TokenService.INVALID);
        }
        account.choosePasswordFromMail(hasher.hash(newPassword.toCharArray()), clock.instant());
        if (timeZone != null) {
            account.changeTimeZone(timeZone);
        }
        return account;
    }
}

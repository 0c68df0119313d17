package edu.aum.course.account.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountRenamed;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.TimeZones;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** What people change in their own account: name, password, e-mail, reminders, time zone. */
@Stateless
public class ProfileService {

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountMails mails;

    @Inject
    PasswordGuesses guesses;

    @Inject
    Event<AccountRenamed> renamed;

    /** Renames the account as it was when the form was loaded; a change meanwhile is refused. */
    public Account rename(long accountId, long loadedVersion, String fullName) {
        Account account = current(accountId, loadedVersion);
        account.rename(AccountRules.name(fullName));
        renamed.fire(new AccountRenamed(accountId, account.getFullName()));
        return account;
    }

    /** Turns reminders before due dates on or off, on the account as it was when the form was loaded. */
    public Account wantReminders(long accountId, long loadedVersion, boolean wanted) {
        Account account = current(accountId, loadedVersion);
        account.wantReminders(wanted);
        return account;
    }

    /** Sets the zone the person reads times in (null: the course's), on the account as it was when the form was loaded. */
    public Account changeTimeZone(long accountId, long loadedVersion, String zone) {
        Account account = current(accountId, loadedVersion);
        account.changeTimeZone(TimeZones.chosen(zone));
        return account;
    }

    /** Answers the account's new session epoch, for the session that changed it to carry on. */
    public long changePassword(long accountId, String currentPassword, String newPassword, String address) {
        Account account = accounts.get(accountId);
        requirePassword(account, currentPassword, address);
        AccountRules.password(newPassword, account.getEmail());
        account.changePassword(hasher.hash(newPassword.toCharArray()));
        return account.getSessionEpoch();
    }

    /** Mails a confirmation link to the new address; the old one stays in force until it is followed. */
    public void requestEmailChange(long accountId, String newEmail, String currentPassword, String clientAddress) {
        Account account = accounts.get(accountId);
        requirePassword(account, currentPassword, clientAddress);
        String address = AccountRules.email(newEmail);
        if (address.equals(account.getEmail())) {
            throw new BusinessException("account.profile.sameEmail");
        }
        if (accounts.findByEmail(address).isPresent()) {
            throw new BusinessException("account.profile.emailTaken");
        }
        mails.emailChange(account, address);
    }

    private Account current(long accountId, long loadedVersion) {
        Account account = accounts.get(accountId);
        if (account.getVersion() != loadedVersion) {
            throw new BusinessException("common.changedMeanwhile");
        }
        return account;
    }

    /** The current password, asked again: guesses count as at sign-in (PasswordGuesses), locks included. */
    private void requirePassword(Account account, String password, String address) {
        if (guesses.isLocked(account.getEmail(), address)) {
            throw new BusinessException("account.profile.passwordLocked");
        }
        if (password == null
                || !account.hasPassword()
                || !hasher.verify(password.toCharArray(), account.getPasswordHash())) {
            throw new BusinessException(
                    guesses.failed(account.getEmail(), address)
                            ? "account.profile.passwordLocked"
                            : "account.profile.wrongPassword");
        }
        guesses.succeeded(account.getEmail(), address);
    }
}

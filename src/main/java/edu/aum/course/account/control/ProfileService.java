package edu.aum.course.account.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.platform.BusinessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** What people change in their own account: name, password, e-mail. */
@Stateless
public class ProfileService {

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountMails mails;

    /** Renames the account as it was when the form was loaded; a change meanwhile is refused. */
    public Account rename(long accountId, long loadedVersion, String fullName) {
        Account account = current(accountId, loadedVersion);
        account.rename(AccountRules.name(fullName));
        return account;
    }

    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.get(accountId);
        requirePassword(account, currentPassword);
        AccountRules.password(newPassword, account.getEmail());
        account.changePassword(hasher.hash(newPassword.toCharArray()));
    }

    /** Mails a confirmation link to the new address; the old one stays in force until it is followed. */
    public void requestEmailChange(long accountId, String newEmail, String currentPassword) {
        Account account = accounts.get(accountId);
        requirePassword(account, currentPassword);
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

    private void requirePassword(Account account, String password) {
        if (password == null
                || !account.hasPassword()
                || !hasher.verify(password.toCharArray(), account.getPasswordHash())) {
            throw new BusinessException("account.profile.wrongPassword");
        }
    }
}

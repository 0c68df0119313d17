package edu.aum.course.account.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountRenamed;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.account.entity.AccountStatus;
import edu.aum.course.notification.api.Outbox;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.university.api.University;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an administrator does to a person's account on the users screen: change the name, the e-mail or the roles
 * (as loaded: a change meanwhile is refused), send the invitation again, send a password-reset link, deactivate and
 * reactivate. Every change is written to the audit log with what it was and what it became.
 */
@Stateless
public class AdminAccounts {

    public static final String SUBJECT = "Account";
    static final String CHANGED_BY_ADMIN = "account.changedByAdmin";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AccountMails mails;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Event<AccountRenamed> renamed;

    /** The person's name, e-mail and roles as the administrator set them; answers the account. */
    public Account edit(
            long adminId,
            long accountId,
            long loadedVersion,
            String fullName,
            String email,
            Set<Role> roles,
            Long universityId) {
        Account account = accounts.get(accountId);
        ConcurrentEdit.check(account.getVersion(), loadedVersion);
        String name = AccountRules.name(fullName);
        String address = AccountRules.email(email);
        if (!address.equals(account.getEmail()) && accounts.findByEmail(address).isPresent()) {
            throw new BusinessException("admin.users.create.emailTaken");
        }
        List<String> changes = new ArrayList<>();
        String before = roles(account.getRoles()) + university(account.getUniversity());
        University university = universityId == null ? null : em.find(University.class, universityId);
        if (account.changeRoles(roles, university, adminId)) {
            changes.add("roles " + before + " → " + roles(account.getRoles()) + university(account.getUniversity()));
        } // every refusal comes before this point: a refused edit changes nothing
        if (!name.equals(account.getFullName())) {
            changes.add(0, "name " + account.getFullName() + " → " + name);
            account.rename(name);
            renamed.fire(new AccountRenamed(accountId, name));
        }
        if (!address.equals(account.getEmail())) {
            String old = account.getEmail();
            account.changeEmailByAdmin(address);
            changes.add("e-mail " + old + " → " + address);
            tell(account, old, old, address);
            tell(account, address, old, address);
            if (account.getStatus() == AccountStatus.INVITED) {
                mails.invitation(account); // the invitation's link goes to the address that now signs in
            }
        }
        if (!changes.isEmpty()) {
            audit.record(adminId, SUBJECT, accountId, "EDIT", null, null, String.join("; ", changes));
        }
        return account;
    }

    /** The invitation again, with a new link (the old one stops working): for an account without a password yet. */
    public void resendInvitation(long adminId, long accountId) {
        Account account = accounts.get(accountId);
        if (account.getStatus() != AccountStatus.INVITED) {
            throw new BusinessException("admin.users.notInvited");
        }
        mails.invitation(account);
        audit.record(adminId, SUBJECT, accountId, "INVITATION_SENT", null, null, "to " + account.getEmail());
    }

    /** A link to choose a new password (1 hour), as the person would ask for it; not for a deactivated account. */
    public void sendPasswordReset(long adminId, long accountId) {
        Account account = accounts.get(accountId);
        if (account.isDeactivated()) {
            throw new BusinessException("admin.users.resetDeactivated");
        }
        if (account.getStatus() == AccountStatus.INVITED) {
            throw new BusinessException("admin.users.resetInvited");
        }
        mails.passwordReset(account);
        audit.record(adminId, SUBJECT, accountId, "RESET_LINK_SENT", null, null, "to " + account.getEmail());
    }

    public void deactivate(long adminId, long accountId) {
        AccountStatus from = accounts.get(accountId).getStatus();
        accounts.deactivate(accountId, adminId);
        audit.transition(
                adminId, SUBJECT, accountId, from, accounts.get(accountId).getStatus(), "deactivated");
    }

    public void reactivate(long adminId, long accountId) {
        AccountStatus from = accounts.get(accountId).getStatus();
        accounts.reactivate(accountId);
        audit.transition(
                adminId, SUBJECT, accountId, from, accounts.get(accountId).getStatus(), "reactivated");
    }

    /** Both addresses learn of the change (the old one in case it was not expected). */
    private void tell(Account account, String to, String oldAddress, String newAddress) {
        outbox.queue(
                to, account.getFullName(), account.getPreferredLanguage(), CHANGED_BY_ADMIN, oldAddress, newAddress);
    }

    private static String roles(Set<Role> roles) {
        return String.join("+", new TreeSet<>(roles.stream().map(Role::name).toList()));
    }

    private static String university(University university) {
        return university == null ? "" : " (" + university.getNameEn() + ")";
    }
}

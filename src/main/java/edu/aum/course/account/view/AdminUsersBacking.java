package edu.aum.course.account.view;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.account.api.Role;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.PagedModel;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.i18n.Messages;
import edu.aum.course.university.api.University;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The administrator's accounts: a lazy table with search and role filter, staff invitations, deactivation. */
@Named
@ViewScoped
public class AdminUsersBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    ActiveUser activeUser;

    private String text;
    private Role role;
    private final LazyDataModel<Account> page = new PagedModel<>(
            () -> accounts.count(text, role),
            (first, size) -> accounts.page(text, role, first, size),
            id -> accounts.find(id),
            Account::getId);
    private List<University> partnerUniversities;

    private String newName;
    private String newEmail;
    private Role newRole = Role.INSTRUCTOR;
    private Language newLanguage = Language.EN;
    private Long newUniversityId;

    @PostConstruct
    void load() {
        partnerUniversities = accounts.partnerUniversities();
    }

    public void invite() {
        Account account = accounts.inviteStaff(newEmail, newName, newLanguage, newRole, newUniversityId);
        Messages.info(null, "admin.users.create.done", account.getFullName(), account.getEmail());
        newName = null;
        newEmail = null;
        newUniversityId = null;
    }

    public void deactivate(long accountId) {
        accounts.deactivate(accountId, activeUser.getId());
        Messages.info(null, "admin.users.deactivated");
    }

    public void reactivate(long accountId) {
        accounts.reactivate(accountId);
        Messages.info(null, "admin.users.reactivated");
    }

    /** Whether the signed-in administrator may deactivate this account (not their own, not deactivated yet). */
    public boolean canDeactivate(Account account) {
        return account.canBeDeactivatedBy(activeUser.getId());
    }

    public String universityName(University university) {
        return university == null ? "" : university.name(activeUser.language());
    }

    public LazyDataModel<Account> getPage() {
        return page;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Role[] getStaffRoles() {
        return AccountService.STAFF_ROLES.toArray(Role[]::new);
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public List<University> getPartnerUniversities() {
        return partnerUniversities;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public Language getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(Language newLanguage) {
        this.newLanguage = newLanguage;
    }

    public Long getNewUniversityId() {
        return newUniversityId;
    }

    public void setNewUniversityId(Long newUniversityId) {
        this.newUniversityId = newUniversityId;
    }
}

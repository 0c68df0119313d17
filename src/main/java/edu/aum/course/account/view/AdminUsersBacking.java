package edu.aum.course.account.view;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.account.api.Role;
import edu.aum.course.account.control.AdminAccounts;
import edu.aum.course.account.control.SignIns;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.PagedModel;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.i18n.Messages;
import edu.aum.course.university.api.University;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * The administrator's accounts: a lazy table with search and role filter and each person's last sign-in; staff
 * invitations; a person's name, e-mail and roles changed in a dialog; the invitation sent again, a password-reset
 * link sent; deactivation and reactivation (every change audited, AdminAccounts).
 */
@Named
@ViewScoped
public class AdminUsersBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient AdminAccounts admin;

    @Inject
    transient SignIns signIns;

    @Inject
    transient Dates dates;

    @Inject
    ActiveUser activeUser;

    private String text;
    private Role role;
    private final LazyDataModel<Account> page = new PagedModel<>(
            () -> accounts.count(text, role),
            (first, size) -> withSignIns(accounts.page(text, role, first, size)),
            id -> accounts.find(id),
            Account::getId);
    private List<University> partnerUniversities;
    /** The last sign-ins of the page's accounts, read with the page. */
    private Map<Long, Instant> lastSignIns = Map.of();

    private Long editId;
    private long editVersion;
    private String editName;
    private String editEmail;
    private List<Role> editRoles = new ArrayList<>();
    private Long editUniversityId;

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
        admin.deactivate(activeUser.getId(), accountId);
        Messages.info(null, "admin.users.deactivated");
    }

    public void reactivate(long accountId) {
        admin.reactivate(activeUser.getId(), accountId);
        Messages.info(null, "admin.users.reactivated");
    }

    /** Opens the dialog with the person as they are now. */
    public void edit(long accountId) {
        Account account = accounts.get(accountId);
        editId = account.getId();
        editVersion = account.getVersion();
        editName = account.getFullName();
        editEmail = account.getEmail();
        editRoles = new ArrayList<>(account.getRoles());
        editUniversityId =
                account.getUniversity() == null ? null : account.getUniversity().getId();
    }

    public void saveEdit() {
        Account account = admin.edit(
                activeUser.getId(),
                editId,
                editVersion,
                editName,
                editEmail,
                editRoles.isEmpty() ? java.util.EnumSet.noneOf(Role.class) : java.util.EnumSet.copyOf(editRoles),
                editUniversityId);
        Messages.info(null, "admin.users.saved", account.getFullName());
        PrimeFaces.current().ajax().update("users"); // told on the page; a refusal stays in the dialog alone
    }

    public void resendInvitation(long accountId) {
        admin.resendInvitation(activeUser.getId(), accountId);
        Messages.info(
                null, "admin.users.invitationSent", accounts.get(accountId).getEmail());
    }

    public void sendPasswordReset(long accountId) {
        admin.sendPasswordReset(activeUser.getId(), accountId);
        Messages.info(null, "admin.users.resetSent", accounts.get(accountId).getEmail());
    }

    /** When the person last signed in, in the reader's language; empty if never. */
    public String lastSignIn(Account account) {
        Instant last = lastSignIns.get(account.getId());
        return last == null ? "" : dates.time(last);
    }

    private List<Account> withSignIns(List<Account> rows) {
        lastSignIns = signIns.lastOf(rows.stream().map(Account::getId).toList());
        return rows;
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

    public Long getEditId() {
        return editId;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditEmail() {
        return editEmail;
    }

    public void setEditEmail(String editEmail) {
        this.editEmail = editEmail;
    }

    /** An array, so that JSF converts the ticked boxes to roles (a List's element type is lost at run time). */
    public Role[] getEditRoles() {
        return editRoles.toArray(Role[]::new);
    }

    public void setEditRoles(Role[] editRoles) {
        this.editRoles = editRoles == null ? new ArrayList<>() : new ArrayList<>(List.of(editRoles));
    }

    public Long getEditUniversityId() {
        return editUniversityId;
    }

    public void setEditUniversityId(Long editUniversityId) {
        this.editUniversityId = editUniversityId;
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

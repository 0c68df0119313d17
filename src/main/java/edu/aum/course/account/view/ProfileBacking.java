package edu.aum.course.account.view;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.account.api.Role;
import edu.aum.course.account.control.ProfileService;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.http.ClientAddress;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** "My account": one's own name, password, e-mail, time zone and (students) reminders. A new password ends the account's other sessions, not this one. */
@Named
@ViewScoped
public class ProfileBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProfileService profile;

    @Inject
    transient AccountService accounts;

    @Inject
    ActiveUser activeUser;

    @Inject
    transient ClientAddress clientAddress;

    @Inject
    transient Dates dates;

    @Inject
    transient Clock clock;

    private long version;
    private String fullName;
    private String currentPassword;
    private String newPassword;
    private String newEmail;
    private String emailPassword;
    private boolean remindersWanted;
    private boolean student;
    private String timeZone;

    @PostConstruct
    void load() {
        Account account = accounts.get(activeUser.getId());
        version = account.getVersion();
        fullName = account.getFullName();
        remindersWanted = account.isRemindersWanted();
        student = account.getRoles().contains(Role.STUDENT);
        timeZone = account.timeZone().map(ZoneId::getId).orElse(null);
    }

    public void saveTimeZone() {
        profile.changeTimeZone(activeUser.getId(), version, timeZone);
        activeUser.reload();
        load();
        Messages.info(null, "account.profile.timeZone.saved", dates.zoneName());
    }

    /** Now, for the hint that shows the time in the chosen zone. */
    public Instant getNow() {
        return clock.instant();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public void saveReminders() {
        profile.wantReminders(activeUser.getId(), version, remindersWanted);
        load();
        Messages.info(null, remindersWanted ? "account.profile.reminders.on" : "account.profile.reminders.off");
    }

    public boolean isRemindersWanted() {
        return remindersWanted;
    }

    public void setRemindersWanted(boolean remindersWanted) {
        this.remindersWanted = remindersWanted;
    }

    public boolean isStudent() {
        return student;
    }

    public void rename() {
        profile.rename(activeUser.getId(), version, fullName);
        activeUser.reload();
        load();
        Messages.info(null, "account.profile.renamed");
    }

    public void changePassword() {
        long epoch = profile.changePassword(activeUser.getId(), currentPassword, newPassword, clientAddress.current());
        SessionGuard.stamp(
                (HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest(),
                epoch);
        Messages.info(null, "account.profile.passwordChanged");
    }

    public void changeEmail() {
        profile.requestEmailChange(activeUser.getId(), newEmail, emailPassword, clientAddress.current());
        Messages.info(null, "account.profile.emailLinkSent", newEmail.strip());
        newEmail = null;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }
}

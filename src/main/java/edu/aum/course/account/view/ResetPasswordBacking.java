package edu.aum.course.account.view;

import edu.aum.course.account.control.PasswordResetService;
import edu.aum.course.platform.faces.KeptInSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page a reset or invitation link opens: a new password (and, invited, a time zone), once, while the link works. */
@Named
@ViewScoped
public class ResetPasswordBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordResetService passwords;

    private String token;
    private String password;
    private boolean usable;
    private boolean done;
    private boolean invitation;
    private String timeZone;

    /** f:viewAction */
    public void check() {
        usable = passwords.isUsable(token);
        invitation = usable && passwords.isInvitation(token);
    }

    /** An invitation's page asks for the time zone too (filled in with the browser's, js/zone.js). */
    public boolean isInvitation() {
        return invitation;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public void reset() {
        passwords.resetPassword(token, password, invitation ? timeZone : null);
        done = true;
        usable = false;
    }

    public boolean isUsable() {
        return usable;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package edu.aum.course.account.view;

import edu.aum.course.account.control.RegistrationService;
import edu.aum.course.account.entity.TokenPurpose;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page a confirmation link opens (f:viewAction): a registration or a new e-mail is confirmed. */
@Named
@RequestScoped
public class ConfirmEmailBacking {

    @Inject
    RegistrationService registration;

    private String token;
    private TokenPurpose confirmed;

    public void confirm() {
        confirmed = registration.confirm(token);
    }

    public boolean isRegistrationConfirmed() {
        return confirmed == TokenPurpose.CONFIRM_EMAIL;
    }

    public boolean isEmailChanged() {
        return confirmed == TokenPurpose.CHANGE_EMAIL;
    }

    public boolean isFailed() {
        return confirmed == null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}

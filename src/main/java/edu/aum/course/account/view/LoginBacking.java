package edu.aum.course.account.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.account.control.SignInAttempt;
import edu.aum.course.account.control.SignInAttempt.Refusal;
import edu.aum.course.account.control.SignInMechanism;
import edu.aum.course.platform.http.ClientAddress;
import edu.aum.course.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-in form: hands e-mail and password to Jakarta Security and sends the person home, or says
 * why not (SignInAttempt): wrong e-mail or password, locked for a while, unconfirmed, deactivated.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ActiveUser activeUser;

    @Inject
    SignInAttempt attempt;

    @Inject
    ClientAddress clientAddress;

    private String email;
    private String password;
    private boolean unconfirmed;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation across a sign-in
        }
        attempt.from(clientAddress.of(request));
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SUCCESS -> {
                activeUser.refresh();
                // back to the page that asked for sign-in, else home
                external.redirect(SignInMechanism.takeWantedPage(request)
                        .orElse(external.getRequestContextPath() + activeUser.homePath()));
            }
            default -> refused(attempt.refusal());
        }
    }

    private void refused(Refusal refusal) {
        unconfirmed = refusal == Refusal.UNCONFIRMED;
        switch (refusal) {
            case LOCKED -> Messages.error(null, "login.locked");
            case UNCONFIRMED -> Messages.error(null, "login.unconfirmed");
            case DEACTIVATED -> Messages.error(null, "login.deactivated");
            case UNAVAILABLE -> {
                Messages.error(null, "error.unavailable.text");
                faces.getExternalContext().setResponseStatus(503);
                faces.getExternalContext().setResponseHeader("Retry-After", "60");
            }
            default -> Messages.error(null, "login.failed");
        }
    }

    /** The e-mail is right but not confirmed yet: the page offers to send the link again. */
    public boolean isUnconfirmed() {
        return unconfirmed;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

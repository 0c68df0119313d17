package edu.aum.course.account.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

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

/** The sign-in form: hands e-mail and password to Jakarta Security and sends the person home. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ActiveUser activeUser;

    private String email;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation across a sign-in
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // back to the page that asked for sign-in
            case SUCCESS -> {
                activeUser.refresh();
                external.redirect(external.getRequestContextPath() + activeUser.homePath());
            }
            default -> Messages.error(null, "login.failed");
        }
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

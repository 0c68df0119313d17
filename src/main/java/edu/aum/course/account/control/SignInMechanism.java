package edu.aum.course.account.control;

import edu.aum.course.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Sign-in by the login page's form (LoginBacking hands the credential to SecurityContext.authenticate), kept in the
 * session. A visitor who opens a protected page is sent to /login.xhtml under PUBLIC_BASE_URL, and the page asked
 * for is remembered to return to after sign-in. It replaces the standard custom-form mechanism, whose redirects
 * take their host from the request's Host header, which the client chooses.
 */
@AutoApplySession
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    private static final String WANTED = SignInMechanism.class.getName() + ".wanted";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Settings settings;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(WANTED, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(settings.publicBaseUrl() + "/login.xhtml");
    }

    /** The page a visitor opened before being sent to sign in (forgotten once asked for). */
    public static Optional<String> takeWantedPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(WANTED) instanceof String wanted)) {
            return Optional.empty();
        }
        session.removeAttribute(WANTED);
        return Optional.of(wanted);
    }
}

package edu.aum.course.account.control;

import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.http.StaticResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Sign-in by the login page's form (LoginBacking hands the credential to SecurityContext.authenticate), kept in the
 * session as plain data (SessionCaller) and established again from it on every request, on whichever instance
 * serves it. Not {@code @AutoApplySession}: that keeps the container's principal in the session, whose groups do not
 * survive the session's move to another instance, and Payara Micro 6 reads that principal back through a security
 * context that its threads share, so that an anonymous request running at the same time could strip a signed-in
 * request of its groups (a 403 on one's own home page). Here every request names its caller and groups itself.
 *
 * <p>A visitor who opens a protected page is sent to /login.xhtml under PUBLIC_BASE_URL, and the page asked for is
 * remembered to return to after sign-in. It replaces the standard custom-form mechanism, whose redirects take their
 * host from the request's Host header, which the client chooses.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    private static final String WANTED = SignInMechanism.class.getName() + ".wanted";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInAttempt attempt;

    @Inject
    Settings settings;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        if (!context.isProtected() && leavesSessionAlone(request)) {
            return context.doNothing();
        }
        Optional<SessionCaller> caller = SessionCaller.of(request);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(
                    caller.get().name(), caller.get().groups());
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

    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            new SessionCaller(
                            result.getCallerPrincipal().getName(),
                            result.getCallerGroups(),
                            attempt.sessionEpoch().orElseThrow())
                    .keepIn(request.getSession());
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A style sheet, script or image, and the REST API (anonymous, or a partner's bearer token): no caller is
     * established from the session for them, which saves the work of every such request. (Payara itself still
     * reads and stores a distributable session for every request that carries its cookie; that is why a session's
     * requests must all go to one instance: sticky routing, cluster/nginx-conf.)
     */
    private static boolean leavesSessionAlone(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return StaticResources.contains(path) || path.startsWith("/api/");
    }

    /** Sign-out (HttpServletRequest.logout): the session no longer names a caller. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SessionCaller.forget(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
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

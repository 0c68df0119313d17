package edu.aum.course.account.view;

import edu.aum.course.account.api.AccountService.SessionStanding;
import edu.aum.course.account.control.SessionCaller;
import edu.aum.course.account.control.SessionStandings;
import edu.aum.course.account.entity.AccountStatus;
import edu.aum.course.platform.http.StaticResources;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Ends a session at its next request, on every instance, once its account can no longer sign in
 * (deactivated, or its e-mail changed) or its password or e-mail changed since the session signed in:
 * the session carries the account's session epoch of its sign-in (SessionCaller), and the account's own is
 * SessionStandings' (read from the database at most every few seconds, and again at once after a change on this
 * instance), never the session's; asked at every request for a page or a download (not for the pages' static style
 * sheets, scripts and images).
 */
@WebFilter(filterName = "SessionGuard", urlPatterns = "/*")
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session changed its own password: it carries the account's new epoch (SessionCaller). */
    static void stamp(HttpServletRequest request, long epoch) {
        SessionCaller.restamp(request, epoch);
    }

    @Inject
    SessionStandings standings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null && !StaticResources.contains(pathOf(request))) {
            Optional<SessionStanding> standing = standings.of(principal.getName());
            if (standing.isEmpty() || !standing.get().admits(stampOf(request))) {
                boolean deactivated =
                        standing.filter(s -> s.status() != AccountStatus.ACTIVE).isPresent();
                signOut(request, response, deactivated ? "deactivated" : "changed");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The epoch the session signed in at (SessionCaller); a session without one admits no account: -1 is nobody's. */
    private static long stampOf(HttpServletRequest request) {
        return SessionCaller.of(request).map(SessionCaller::epoch).orElse(-1L);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response, String why)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String login = request.getContextPath() + "/login.xhtml?ended=" + why;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + login
                            + "\"/></partial-response>");
        } else {
            response.sendRedirect(login);
        }
    }
}

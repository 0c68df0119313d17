package edu.aum.course.account.view;

import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.entity.AccountStatus;
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
 * Ends a session whose account can no longer sign in (deactivated, or its e-mail changed) at its
 * next request, on every instance: the status is read from the database, not from the session.
 */
@WebFilter(filterName = "SessionGuard", urlPatterns = "*.xhtml")
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            Optional<AccountStatus> status = accounts.statusOf(principal.getName());
            if (status.filter(AccountStatus.ACTIVE::equals).isEmpty()) {
                signOut(request, response, status.isPresent() ? "deactivated" : "changed");
                return;
            }
        }
        chain.doFilter(request, response);
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

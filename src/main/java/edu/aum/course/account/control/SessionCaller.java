package edu.aum.course.account.control;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in on a session, as the session keeps it: the caller's name and groups and the account's session epoch
 * at sign-in (SessionGuard compares it). Plain data, so that any instance the session moves to reads it back and
 * establishes the caller again (SignInMechanism); the container's own session principal does not survive a move.
 */
public record SessionCaller(String name, Set<String> groups, long epoch) implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = SessionCaller.class.getName();

    public SessionCaller {
        groups = Set.copyOf(groups);
    }

    /** The caller this request's session signed in, if any (never creates a session). */
    public static Optional<SessionCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller
                ? Optional.of(caller)
                : Optional.empty();
    }

    /** The same caller at the account's new epoch (after its own password change). */
    public SessionCaller at(long newEpoch) {
        return new SessionCaller(name, groups, newEpoch);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** Keeps the session's caller at the account's new epoch, e.g. after the session changed its own password. */
    public static void restamp(HttpServletRequest request, long newEpoch) {
        of(request).ifPresent(caller -> caller.at(newEpoch).keepIn(request.getSession()));
    }
}

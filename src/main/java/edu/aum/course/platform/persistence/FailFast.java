package edu.aum.course.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that lost its connection three times, waiting seconds each time: during a database
 * outage every page then hangs before it fails. The pool already replaces broken connections, so the first
 * failure answers at once (DatabaseOutage says "try again in a minute").
 */
public class FailFast implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}

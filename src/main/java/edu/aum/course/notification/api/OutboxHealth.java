package edu.aum.course.notification.api;

import edu.aum.course.notification.entity.MailStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How the outbox stands, for the admin's dashboards: how many messages wait to be sent (queued or being handed to
 * the SMTP server), how many were given up, and since when the oldest waiting one waits. Two queries.
 */
@Stateless
public class OutboxHealth {

    private static final List<MailStatus> WAITING = List.of(MailStatus.PENDING, MailStatus.SENDING);

    @PersistenceContext
    EntityManager em;

    /** The outbox's figures now; {@code oldestWaiting} is empty when nothing waits. */
    public record Figures(long waiting, long failed, Instant oldestWaitingSince) implements Serializable {

        public Optional<Instant> oldestWaiting() {
            return Optional.ofNullable(oldestWaitingSince);
        }
    }

    public Figures now() {
        long waiting = 0;
        long failed = 0;
        List<Object[]> rows = em.createQuery(
                        "SELECT m.status, COUNT(m) FROM OutboxMessage m WHERE m.status IN :statuses GROUP BY m.status",
                        Object[].class)
                .setParameter("statuses", List.of(MailStatus.PENDING, MailStatus.SENDING, MailStatus.FAILED))
                .getResultList();
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == MailStatus.FAILED) {
                failed = count;
            } else {
                waiting += count;
            }
        }
        // the first by time rather than MIN(): an aggregate of a converted time comes back as the driver's own type
        Instant oldest = waiting == 0
                ? null
                : em.createQuery(
                                "SELECT m.createdAt FROM OutboxMessage m WHERE m.status IN :waiting"
                                        + " ORDER BY m.createdAt",
                                Instant.class)
                        .setParameter("waiting", WAITING)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        return new Figures(waiting, failed, oldest);
    }
}

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
 * the SMTP server), how many were given up, and since when the oldest waiting one waits. One query.
 */
@Stateless
public class OutboxHealth {

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
        Instant oldest = null;
        List<Object[]> rows = em.createQuery(
                        "SELECT m.status, COUNT(m), MIN(m.createdAt) FROM OutboxMessage m WHERE m.status IN :statuses"
                                + " GROUP BY m.status",
                        Object[].class)
                .setParameter("statuses", List.of(MailStatus.PENDING, MailStatus.SENDING, MailStatus.FAILED))
                .getResultList();
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == MailStatus.FAILED) {
                failed = count;
            } else {
                waiting += count;
                Instant since = instant(row[2]);
                oldest = oldest == null || since.isBefore(oldest) ? since : oldest;
            }
        }
        return new Figures(waiting, failed, oldest);
    }

    /** MIN of a converted attribute may come back unconverted. */
    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }
}

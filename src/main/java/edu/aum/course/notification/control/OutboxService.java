package edu.aum.course.notification.control;

import edu.aum.course.notification.api.Outbox;
import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.notification.entity.MailStatus;
import edu.aum.course.platform.i18n.Language;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What administrators do with the outbox: read it, queue a failed message again, test the mail set-up. */
@Stateless
public class OutboxService {

    static final String TEST_TEMPLATE = "outbox.test";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Newest first; status and text (recipient or subject) are optional filters. */
    public List<OutboxMessage> page(MailStatus status, String text, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<OutboxMessage> query = cb.createQuery(OutboxMessage.class);
        Root<OutboxMessage> message = query.from(OutboxMessage.class);
        query.where(filters(cb, message, status, text)).orderBy(cb.desc(message.get("id")));
        TypedQuery<OutboxMessage> typed =
                em.createQuery(query).setFirstResult(first).setMaxResults(size);
        return typed.getResultList();
    }

    public long count(MailStatus status, String text) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<OutboxMessage> message = query.from(OutboxMessage.class);
        query.select(cb.count(message)).where(filters(cb, message, status, text));
        return em.createQuery(query).getSingleResult();
    }

    public Map<MailStatus, Long> countByStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, count(status, null));
        }
        return counts;
    }

    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    /** Queues a message that failed for good once more. */
    public void retry(long id) {
        find(id).filter(OutboxMessage::canBeRetried).ifPresent(message -> message.retry(clock.instant()));
    }

    /** A message to the admin themself, to check that the SMTP settings work. */
    public OutboxMessage sendTest(String email, String name, Language language) {
        return outbox.queue(email, name, language, TEST_TEMPLATE);
    }

    private static Predicate[] filters(
            CriteriaBuilder cb, Root<OutboxMessage> message, MailStatus status, String text) {
        List<Predicate> predicates = new ArrayList<>();
        if (status != null) {
            predicates.add(cb.equal(message.get("status"), status));
        }
        if (text != null && !text.isBlank()) {
            String pattern =
                    "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            predicates.add(cb.or(
                    cb.like(cb.lower(message.get("recipient")), pattern),
                    cb.like(cb.lower(message.get("subject")), pattern)));
        }
        return predicates.toArray(Predicate[]::new);
    }
}

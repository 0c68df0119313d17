package edu.aum.course.notification.control;

import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.notification.entity.MailAttachment;
import edu.aum.course.notification.entity.MailStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sender's steps, each its own short transaction, so that no database lock is held while a mail
 * server is talked to. Claiming is one conditional UPDATE: of several instances exactly one wins.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext
    EntityManager em;

    public List<Long> due(Instant now, int limit) {
        return em.createNamedQuery(OutboxMessage.DUE, Long.class)
                .setParameter("now", now)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("sending", MailStatus.SENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The message, if this caller claimed it; empty when another sender was first or it is no longer due. */
    public Optional<OutboxMessage> claim(long id, Instant now, Instant until) {
        int claimed = em.createNamedQuery(OutboxMessage.CLAIM)
                .setParameter("id", id)
                .setParameter("now", now)
                .setParameter("until", until)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("sending", MailStatus.SENDING)
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, id);
        em.refresh(message);
        em.detach(message);
        return Optional.of(message);
    }

    /** The files to send with a message (none for most). */
    public List<MailAttachment> attachments(long id) {
        return em.createNamedQuery(MailAttachment.OF_MESSAGE, MailAttachment.class)
                .setParameter("message", id)
                .getResultList();
    }

    public void markSent(long id, Instant now) {
        em.find(OutboxMessage.class, id).sent(now);
    }

    public void markFailed(long id, String error, Instant now, Duration retryBase) {
        em.find(OutboxMessage.class, id).failed(error, now, retryBase);
    }
}

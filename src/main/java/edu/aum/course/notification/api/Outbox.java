package edu.aum.course.notification.api;

import edu.aum.course.notification.control.MailTemplates;
import edu.aum.course.notification.entity.MailAttachment;
import edu.aum.course.platform.i18n.Language;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Where every feature sends mail: the message is rendered in the recipient's language and written to
 * the outbox inside the caller's transaction, so it leaves only if that transaction commits.
 */
@Stateless
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailTemplates templates;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /**
     * Queues the mail of a template (see MailTemplates) for one recipient.
     *
     * @param arguments the template's MessageFormat arguments {0}, {1}, ...
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxMessage queue(
            String recipient, String recipientName, Language language, String template, Object... arguments) {
        var rendered = templates.render(template, language, recipientName, arguments);
        OutboxMessage message = new OutboxMessage(
                recipient, recipientName, language, template, rendered.subject(), rendered.body(), clock.instant());
        em.persist(message);
        queued.fire(new MailQueued());
        return message;
    }

    /**
     * Adds a file to a message queued in this transaction (e.g. a certificate PDF); the sender mails it
     * as an attachment.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void attach(OutboxMessage message, String fileName, String contentType, byte[] content) {
        if (message.getId() == null) {
            em.flush(); // IDENTITY: the message's id is known from here on
        }
        em.persist(new MailAttachment(message.getId(), fileName, contentType, content));
    }

    /** Fired when mail was queued; the sender looks at the outbox once the transaction commits. */
    public record MailQueued() {}
}

package edu.aum.course.notification.control;

import edu.aum.course.notification.api.Outbox.MailQueued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Mail goes out within seconds of the commit that queued it, not at the next tick. */
@ApplicationScoped
public class MailQueuedObserver {

    @Inject
    MailSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        sender.sendDueSoon();
    }
}

package edu.aum.course.notification.control;

import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.platform.config.Settings;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: every ten seconds, and right after a transaction that queued mail.
 * Each instance runs one pass at a time; instances share the work through claims (OutboxStore).
 * Without an SMTP server it sends nothing and mail waits in the outbox.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    static final int BATCH = 50;
    /** A claim outlives the SMTP timeouts; a sender that died mid-send frees its messages after it. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    @Inject
    OutboxStore store;

    @Inject
    SmtpTransport smtp;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean again;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void everyTenSeconds() {
        sendDue();
    }

    @Asynchronous
    public void sendDueSoon() {
        sendDue();
    }

    /** Sends every due message; answers how many the SMTP server accepted. */
    public int sendDue() {
        if (!smtp.isConfigured()) {
            return 0;
        }
        if (!running.compareAndSet(false, true)) {
            again = true; // the pass under way runs once more
            return 0;
        }
        int sent = 0;
        try {
            boolean more;
            do {
                again = false;
                List<Long> due = store.due(clock.instant(), BATCH);
                sent += send(due);
                more = again || due.size() == BATCH;
            } while (more);
        } finally {
            running.set(false);
        }
        return sent;
    }

    private int send(List<Long> due) {
        int sent = 0;
        for (Long id : due) {
            Instant now = clock.instant();
            Optional<OutboxMessage> claimed = store.claim(id, now, now.plus(CLAIM));
            if (claimed.isEmpty()) {
                continue;
            }
            try {
                smtp.send(claimed.get(), store.attachments(id));
                store.markSent(id, clock.instant());
                sent++;
            } catch (Exception e) {
                LOG.warning(() -> "Mail " + id + " to " + claimed.get().getRecipient() + " not sent: " + e);
                store.markFailed(id, e.toString(), clock.instant(), settings.mailRetryBase());
            }
        }
        return sent;
    }
}

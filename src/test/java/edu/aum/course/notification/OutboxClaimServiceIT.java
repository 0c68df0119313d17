package edu.aum.course.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.notification.control.OutboxService;
import edu.aum.course.notification.control.OutboxStore;
import edu.aum.course.notification.entity.MailStatus;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox's claim on the real schema: a due message is claimed once, a claimed one not again until its lease
 * ends (its sender died), a sent one never, a failed one after its back-off. The database may hold other mail:
 * only this test's messages are looked for.
 */
class OutboxClaimServiceIT {

    static final Duration LEASE = Duration.ofMinutes(5);

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    OutboxStore store;
    Instant now;

    @BeforeEach
    void setUp() {
        store = tier.service(OutboxStore.class);
        now = tier.clock().instant();
    }

    @Test
    void aDueMessageIsClaimedOnceAndNotAgainWhileItsLeaseRuns() {
        long id = queue();
        assertTrue(due(now).contains(id));

        OutboxMessage claimed = store.claim(id, now, now.plus(LEASE)).orElseThrow();

        assertEquals(MailStatus.SENDING, claimed.getStatus());
        assertTrue(store.claim(id, now, now.plus(LEASE)).isEmpty(), "a second sender at the same moment");
        Instant leaseEnds = now.plus(LEASE);
        assertFalse(due(leaseEnds).contains(id));
        assertTrue(store.claim(id, leaseEnds, leaseEnds.plus(LEASE)).isEmpty(), "still leased at its very end");
    }

    @Test
    void aMessageWhoseLeaseEndedIsDueAndClaimedAgain() {
        long id = queue();
        store.claim(id, now, now.plus(LEASE)).orElseThrow();

        // a second, not a millisecond: Connector/J drops fractions of a second with MariaDB (it reports 5.5.5-10.x)
        Instant afterLease = now.plus(LEASE).plusSeconds(1);

        assertTrue(due(afterLease).contains(id));
        assertTrue(store.claim(id, afterLease, afterLease.plus(LEASE)).isPresent());
    }

    @Test
    void aMessageIsNotDueBeforeItsTimeNorOnceItIsSent() {
        long sent = queue();
        tier.clock().advance(Duration.ofHours(1));
        long later = queue();

        assertTrue(due(now).contains(sent));
        assertFalse(due(now).contains(later));
        assertTrue(store.claim(later, now, now.plus(LEASE)).isEmpty());
        store.claim(sent, now, now.plus(LEASE)).orElseThrow();
        store.markSent(sent, now);

        Instant nextDay = now.plus(Duration.ofDays(1));
        assertEquals(
                List.of(false, true),
                List.of(due(nextDay).contains(sent), due(nextDay).contains(later)));
        assertTrue(store.claim(sent, nextDay, nextDay.plus(LEASE)).isEmpty());
    }

    @Test
    void aFailedAttemptIsDueAgainAfterItsBackOff() {
        long id = queue();
        store.claim(id, now, now.plus(LEASE)).orElseThrow();

        store.markFailed(id, "421 try again later", now, Duration.ofSeconds(30));

        assertFalse(due(now.plusSeconds(29)).contains(id));
        assertTrue(due(now.plusSeconds(30)).contains(id));
        assertTrue(store.claim(id, now.plusSeconds(30), now.plusSeconds(30).plus(LEASE))
                .isPresent());
    }

    /** A test mail to an address of this test, due from the clock's now. */
    private long queue() {
        OutboxMessage message = tier.service(OutboxService.class)
                .sendTest(data.unique("mail-") + "@tier.test", "Анна Петрова", Language.RU);
        tier.em().flush(); // IDENTITY: the id is known from here on
        return message.getId();
    }

    private List<Long> due(Instant at) {
        return store.due(at, Integer.MAX_VALUE);
    }
}

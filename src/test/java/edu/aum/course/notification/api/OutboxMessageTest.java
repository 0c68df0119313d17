package edu.aum.course.notification.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.notification.entity.MailStatus;
import edu.aum.course.platform.i18n.Language;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Duration BASE = Duration.ofSeconds(30);

    @Test
    void aNewMessageIsDueAtOnce() {
        OutboxMessage message = message();

        assertEquals(MailStatus.PENDING, message.getStatus());
        assertEquals(NOW, message.getNextAttemptAt());
        assertEquals(0, message.getAttempts());
    }

    @Test
    void eachFailureWaitsTwiceAsLongUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), OutboxMessage.backoff(1, BASE));
        assertEquals(Duration.ofSeconds(60), OutboxMessage.backoff(2, BASE));
        assertEquals(Duration.ofMinutes(8), OutboxMessage.backoff(5, BASE));
        assertEquals(Duration.ofHours(1), OutboxMessage.backoff(9, BASE));
        assertEquals(Duration.ofHours(1), OutboxMessage.backoff(60, BASE));
    }

    @Test
    void aFailedAttemptIsRecordedAndRetriedLater() throws Exception {
        OutboxMessage message = claimed(message());

        message.failed("Connection refused", NOW, BASE);

        assertEquals(MailStatus.PENDING, message.getStatus());
        assertEquals(1, message.getAttempts());
        assertEquals(NOW.plusSeconds(30), message.getNextAttemptAt());
        assertEquals("Connection refused", message.getLastError());
    }

    @Test
    void afterTooManyFailuresItWaitsForAnAdmin() throws Exception {
        OutboxMessage message = message();
        for (int i = 0; i < OutboxMessage.MAX_ATTEMPTS; i++) {
            claimed(message).failed("down", NOW, BASE);
        }

        assertEquals(MailStatus.FAILED, message.getStatus());
        assertTrue(message.canBeRetried());
        message.retry(NOW);
        assertEquals(MailStatus.PENDING, message.getStatus());
        assertEquals(0, message.getAttempts());
    }

    @Test
    void aSentMessageIsSentOnlyOnce() throws Exception {
        OutboxMessage message = claimed(message());

        message.sent(NOW);

        assertEquals(MailStatus.SENT, message.getStatus());
        assertEquals(NOW, message.getSentAt());
        assertNull(message.getLastError());
        assertThrows(IllegalStateException.class, () -> message.sent(NOW));
        assertThrows(IllegalStateException.class, () -> message.failed("x", NOW, BASE));
        assertThrows(IllegalStateException.class, () -> message.retry(NOW));
    }

    @Test
    void aVeryLongErrorIsCut() throws Exception {
        OutboxMessage message = claimed(message());

        message.failed("x".repeat(5000), NOW, BASE);

        assertEquals(1000, message.getLastError().length());
    }

    @Test
    void aMessageNeedsARecipient() {
        assertThrows(
                IllegalArgumentException.class, () -> new OutboxMessage(" ", null, Language.EN, "t", "s", "b", NOW));
    }

    private static OutboxMessage message() {
        return new OutboxMessage("anna@msu.ru", "Анна", Language.RU, "outbox.test", "Тема", "Текст", NOW);
    }

    /** What the sender's claim (a conditional UPDATE in the database) does to the row. */
    private static OutboxMessage claimed(OutboxMessage message) throws Exception {
        Field status = OutboxMessage.class.getDeclaredField("status");
        status.setAccessible(true);
        status.set(message, MailStatus.SENDING);
        return message;
    }
}

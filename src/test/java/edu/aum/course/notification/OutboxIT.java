package edu.aum.course.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.MailServer;
import edu.aum.course.testsupport.PayaraServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail leaves through the outbox to a real SMTP server, and waits there while the server is down. */
@ExtendWith(PayaraServer.class)
class OutboxIT {

    private static final String ADMIN = "admin@demo.edu";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @BeforeAll
    static void signIn() {
        browser.signIn(ADMIN, "admin-demo-1");
        browser.switchLanguage("en");
    }

    @Test
    void aTestMailReachesTheSmtpServerInTheAdminsLanguage() {
        String id = queueTestMail();

        MimeMessage mail = PayaraServer.mail().await(ADMIN, withOutboxId(id), Duration.ofSeconds(30));

        assertEquals(Bundle.mail("en", "outbox.test.subject"), MailServer.subject(mail));
        assertTrue(MailServer.body(mail).contains("Dear Maria Ivanova,"), MailServer.body(mail));
        browser.go("/admin/outbox-message.xhtml?id=" + id);
        awaitText("#status", Bundle.text("en", "MailStatus.SENT"));
    }

    @Test
    void whileSmtpIsDownMailWaitsAndIsDeliveredOnceWhenItReturns() {
        MailServer smtp = PayaraServer.mail();
        smtp.stop();
        String id;
        try {
            id = queueTestMail();
            browser.go("/admin/outbox-message.xhtml?id=" + id);
            await(
                    () -> {
                        browser.go("/admin/outbox-message.xhtml?id=" + id);
                        return Integer.parseInt(browser.text("#attempts")) >= 1;
                    },
                    "a failed attempt is recorded");
            assertEquals(Bundle.text("en", "MailStatus.PENDING"), browser.text("#status"));
            assertTrue(smtp.messagesTo(ADMIN).stream().noneMatch(withOutboxId(id)::test));
        } finally {
            smtp.start();
        }

        smtp.await(ADMIN, withOutboxId(id), Duration.ofSeconds(60));
        // past every retry delay and sending claim (MailSender.CLAIM, two minutes) the message could still have: the
        // sender's pass that mails a later message would mail this one again, before it, were it still due
        PayaraServer.advanceClock(Duration.ofMinutes(3));
        try {
            String later = queueTestMail();
            smtp.await(ADMIN, withOutboxId(later), Duration.ofSeconds(30));
        } finally {
            PayaraServer.resetClock();
        }
        assertEquals(1, smtp.messagesTo(ADMIN).stream().filter(withOutboxId(id)).count());
        browser.go("/admin/outbox-message.xhtml?id=" + id);
        assertEquals(Bundle.text("en", "MailStatus.SENT"), browser.text("#status"));
    }

    @Test
    void anUnknownMessageGetsAClearMessage() {
        browser.go("/admin/outbox-message.xhtml?id=999999");

        assertTrue(browser.text("#message\\:messages").contains(Bundle.text("en", "admin.outbox.message.notFound")));
    }

    /** Clicks "Send me a test e-mail" and answers the outbox id of the new message. */
    private static String queueTestMail() {
        browser.go("/admin/outbox.xhtml");
        browser.find("#outbox\\:sendTest").click();
        await(() -> browser.text("#outbox\\:messages").contains(ADMIN), "the test mail is queued");
        String href = browser.find("#outbox\\:table a[id$=':open']").getAttribute("href");
        return href.substring(href.indexOf("id=") + 3);
    }

    private static java.util.function.Predicate<MimeMessage> withOutboxId(String id) {
        return message -> id.equals(MailServer.header(message, "X-Outbox-Id"));
    }

    private static void awaitText(String css, String text) {
        await(
                () -> {
                    browser.driver().navigate().refresh();
                    return text.equals(browser.text(css));
                },
                css + " shows " + text);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Timed out waiting until " + what);
    }
}

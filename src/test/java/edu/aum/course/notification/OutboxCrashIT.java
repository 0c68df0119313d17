package edu.aum.course.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.MailServer;
import edu.aum.course.testsupport.PayaraServer;
import edu.aum.course.testsupport.TcpProxy;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mail caught mid-send by a kill: the SMTP server has taken it, but the server is killed (SIGKILL) before its
 * "250 OK" reaches the sender (the test's proxy holds the reply). After the restart the outbox sends it again, as
 * it must, and the copy carries the same Message-ID, so that mail clients know it for the same mail.
 */
@ExtendWith(PayaraServer.class)
class OutboxCrashIT {

    private static final String ADDRESS = "student3@demo.edu";

    @Test
    void aMailCaughtMidSendByAKillIsSentAgainWithTheSameMessageId() throws Exception {
        MailServer mail = PayaraServer.mail();
        TcpProxy smtp = PayaraServer.smtp();
        int before = mail.messagesTo(ADDRESS).size();
        MimeMessage first;
        smtp.holdAfterMailData(ADDRESS);
        try {
            requestPasswordReset();
            awaitHolding(smtp); // the server got the mail; its sender waits for the answer
            first = mail.await(ADDRESS, m -> mail.messagesTo(ADDRESS).size() > before, Duration.ofSeconds(10));
            PayaraServer.crashAndRestart();
        } finally {
            smtp.release();
        }
        String outboxId = MailServer.header(first, "X-Outbox-Id");
        try {
            PayaraServer.advanceClock(Duration.ofMinutes(3)); // past the dead sender's claim
            awaitCopies(mail, outboxId, 2, Duration.ofSeconds(90));
        } finally {
            PayaraServer.resetClock();
        }
        List<MimeMessage> copies = mail.messagesTo(ADDRESS).stream()
                .filter(m -> outboxId.equals(MailServer.header(m, "X-Outbox-Id")))
                .toList();
        assertEquals(2, copies.size(), "sent again once after the crash");
        String messageId = MailServer.header(first, "Message-ID");
        assertNotNull(messageId);
        assertEquals(messageId, MailServer.header(copies.get(0), "Message-ID"));
        assertEquals(messageId, MailServer.header(copies.get(1), "Message-ID"), "the same mail, recognisably");
    }

    private static void awaitCopies(MailServer mail, String outboxId, int copies, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (mail.messagesTo(ADDRESS).stream()
                        .filter(m -> outboxId.equals(MailServer.header(m, "X-Outbox-Id")))
                        .count()
                < copies) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The mail of outbox row " + outboxId + " was not sent again");
            }
            Thread.sleep(250);
        }
    }

    private static void requestPasswordReset() {
        Http http = new Http();
        String page = http.get("/forgot-password.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("forgot", "forgot");
        form.put("forgot:email", ADDRESS);
        form.put("forgot:submit", "");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        int status = http.postForm("/forgot-password.xhtml", form).statusCode();
        assertEquals(200, status, "the request is taken");
    }

    private static void awaitHolding(TcpProxy smtp) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!smtp.isHolding()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No mail reached the SMTP server through the proxy");
            }
            Thread.sleep(50);
        }
    }
}

package edu.aum.course.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.MailServer;
import edu.aum.course.testsupport.PayaraServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/** What the account integration tests do again and again: register, read the mailed links, wait. */
final class AccountFlows {

    static final String PASSWORD = "first-pass-2026";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private AccountFlows() {}

    /** An address no other test uses, on any run against the same database. */
    static String uniqueEmail(String prefix) {
        return prefix + "-" + System.currentTimeMillis() + "-" + SEQUENCE.incrementAndGet() + "@example.edu";
    }

    static void register(Browser browser, String fullName, String email, String password) {
        browser.go("/register.xhtml");
        browser.type("#register\\:fullName", fullName);
        browser.type("#register\\:email", email);
        browser.type("input#register\\:password", password);
        browser.clickAndWait("#register\\:submit");
    }

    /** Registers, follows the confirmation link and signs out again: an active student account. */
    static void registerAndConfirm(Browser browser, String fullName, String email) {
        register(browser, fullName, email, PASSWORD);
        browser.driver()
                .get(link(awaitMails(email, "account.confirm.subject", 1).get(0)));
        assertEquals(Bundle.text("en", "confirmEmail.registered"), browser.text("#confirmed"));
    }

    /** Waits until the address received this many mails with the subject of the template; answers them in order. */
    static List<MimeMessage> awaitMails(String email, String subjectKey, int count) {
        String subject = Bundle.mail("en", subjectKey);
        await(() -> mails(email, subject).size() >= count, count + " mails '" + subject + "' to " + email);
        return mails(email, subject);
    }

    static String link(MimeMessage mail) {
        return MailServer.link(mail, PayaraServer.url("/"));
    }

    private static List<MimeMessage> mails(String email, String subject) {
        return PayaraServer.mail().messagesTo(email).stream()
                .filter(m -> subject.equals(MailServer.subject(m)))
                .toList();
    }

    static boolean present(Browser browser, String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    /** An ajax update may replace the elements being read: that counts as "not yet". */
    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (StaleElementReferenceException e) {
            return false;
        }
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (holds(condition)) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Timed out waiting for " + what);
    }
}

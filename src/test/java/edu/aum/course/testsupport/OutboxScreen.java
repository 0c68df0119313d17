package edu.aum.course.testsupport;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin's outbox screen, for tests that must know that no more mail is coming: every mail the application
 * sends is written to the outbox first (in the transaction that causes it), and is SENT once the SMTP server
 * has it.
 */
public final class OutboxScreen {

    private OutboxScreen() {}

    /** The status (PENDING, SENDING, SENT, FAILED) of each message to the address (first 20); the browser is an admin's. */
    public static List<String> statuses(Browser admin, String address) {
        admin.go("/admin/outbox.xhtml");
        WebElement table = admin.find("#outbox\\:table");
        admin.type("#outbox\\:text", address);
        admin.awaitReplaced(table); // the filter's ajax update replaces the table
        return admin.driver().findElements(By.cssSelector("#outbox\\:table .app-status")).stream()
                .map(status -> status.getAttribute("class").replaceFirst(".*\\bapp-status-(\\w+).*", "$1"))
                .toList();
    }

    /**
     * Waits until the outbox has mail to the address and none of it is waiting or being sent: the mail server has
     * all it will get.
     */
    public static void awaitNoneWaiting(Browser admin, String address) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<String> statuses = statuses(admin, address);
        while (statuses.isEmpty() || statuses.contains("PENDING") || statuses.contains("SENDING")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Mail to " + address + " still waits in the outbox: " + statuses);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            statuses = statuses(admin, address);
        }
    }
}

package edu.aum.course.testsupport;

import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The Content-Security-Policy violations Chromium reported on its console (an inline script, handler or
 * {@code javascript:} URL it refused, a script from elsewhere, a string it would not evaluate). Reading the console
 * empties it, so each violation is reported once, at the test step after it happened.
 */
public final class ContentSecurity {

    private ContentSecurity() {}

    /** The violations reported since the last call (and every other console entry is dropped with them). */
    public static List<String> violations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(ContentSecurity::isViolation)
                .toList();
    }

    /** Fails with every violation reported since the last check. */
    public static void failOnViolations(WebDriver driver) {
        List<String> found = violations(driver);
        if (!found.isEmpty()) {
            throw new AssertionError("The browser refused what the Content-Security-Policy forbids (" + found.size()
                    + "):\n  " + String.join("\n  ", found));
        }
    }

    static boolean isViolation(String message) {
        return message.contains("Content Security Policy") || message.contains("Content-Security-Policy");
    }
}

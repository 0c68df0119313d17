package edu.aum.course.testsupport;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The teaching team editor on /admin/offering.xhtml, as a signed-in admin uses it in the browser. */
public final class TeamEditor {

    private TeamEditor() {}

    /** The offering's team becomes exactly these instructors (by their full names); waits for the saved message. */
    public static void set(Browser browser, long offering, String... names) {
        browser.go("/admin/offering.xhtml?id=" + offering);
        browser.find("#team\\:instructors");
        for (WebElement label : browser.driver().findElements(By.cssSelector("#team\\:instructors label"))) {
            String forId = label.getAttribute("for");
            WebElement box = browser.driver().findElement(By.id(forId));
            boolean wanted = List.of(names).contains(label.getText().strip());
            if (box.isSelected() != wanted) {
                label.click();
            }
        }
        browser.find("#team\\:saveTeam").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("team:teamMessages"), Bundle.text(browser.language(), "admin.offering.team.saved")));
    }

    /** The names the page lists as the team. */
    public static List<String> members(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#members .app-team-member")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }
}

package edu.aum.course.account;

import static edu.aum.course.account.AccountFlows.PASSWORD;
import static edu.aum.course.account.AccountFlows.awaitMails;
import static edu.aum.course.account.AccountFlows.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.MailServer;
import edu.aum.course.testsupport.PayaraServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WindowType;

/** "My account": name, password and e-mail changes, and no silent overwrite of a concurrent change. */
@ExtendWith(PayaraServer.class)
class ProfileIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @BeforeAll
    static void english() {
        browser.go("/login.xhtml");
        browser.switchLanguage("en");
    }

    @Test
    void aStudentRenamesThemselfAndChangesTheirEmailThroughTheMailedLink() {
        String email = AccountFlows.uniqueEmail("profile");
        String newEmail = AccountFlows.uniqueEmail("profile-new");
        AccountFlows.registerAndConfirm(browser, "Maria Elkina", email);
        browser.signIn(email, PASSWORD);

        browser.go("/account/profile.xhtml");
        browser.type("#profile\\:fullName", "Мария  Ёлкина-O'Neil");
        browser.clickAndWait("#profile\\:rename");
        assertTrue(browser.text("#profile\\:messages").contains(Bundle.text("en", "account.profile.renamed")));
        assertTrue(browser.text("#currentUser").contains("Мария Ёлкина-O'Neil"), browser.text("#currentUser"));

        browser.type("input#profile\\:currentPassword", "not-my-password-1");
        browser.type("input#profile\\:newPassword", "another-pass-2026");
        browser.clickAndWait("#profile\\:changePassword");
        assertTrue(browser.text("#profile\\:messages").contains(Bundle.text("en", "account.profile.wrongPassword")));

        browser.type("#profile\\:newEmail", newEmail);
        browser.type("input#profile\\:emailPassword", PASSWORD);
        browser.clickAndWait("#profile\\:changeEmail");
        assertTrue(browser.text("#profile\\:messages")
                .contains(Bundle.text("en", "account.profile.emailLinkSent", newEmail)));
        String notice = MailServer.body(
                awaitMails(email, "account.changeEmailNotice.subject", 1).get(0));
        assertTrue(notice.contains(newEmail), notice);
        String confirmation =
                link(awaitMails(newEmail, "account.changeEmail.subject", 1).get(0));
        assertEquals(email, browser.text("#accountEmail"), "the old address stays until the link is followed");

        browser.driver().get(confirmation);
        assertTrue(browser.text("#emailChanged").contains(Bundle.text("en", "confirmEmail.emailChanged")));
        browser.go("/student/home.xhtml");
        assertEquals("/login.xhtml", browser.path(), "a session of the old e-mail ends");
        assertTrue(browser.text("#ended").contains(Bundle.text("en", "login.ended.changed")));

        browser.signIn(email, PASSWORD);
        assertTrue(browser.text("#login\\:messages").contains(Bundle.text("en", "login.failed")));
        browser.signIn(newEmail, PASSWORD);
        assertEquals("/student/home.xhtml", browser.path());
        browser.signOut();
    }

    @Test
    void aConcurrentChangeIsNotSilentlyOverwritten() {
        String email = AccountFlows.uniqueEmail("concurrent");
        AccountFlows.registerAndConfirm(browser, "Anna Concurrent", email);
        browser.signIn(email, PASSWORD);
        browser.go("/account/profile.xhtml");
        String firstTab = browser.driver().getWindowHandle();

        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.go("/account/profile.xhtml");
        browser.type("#profile\\:fullName", "Anna Second Tab");
        browser.clickAndWait("#profile\\:rename");
        browser.driver().close();
        browser.driver().switchTo().window(firstTab);

        browser.type("#profile\\:fullName", "Anna First Tab");
        browser.clickAndWait("#profile\\:rename");

        assertTrue(browser.text("#profile\\:messages").contains(Bundle.text("en", "common.changedMeanwhile")));
        browser.go("/account/profile.xhtml");
        assertEquals("Anna Second Tab", browser.find("#profile\\:fullName").getAttribute("value"));
        browser.signOut();
    }
}

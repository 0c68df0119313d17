package edu.aum.course.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Role;
import edu.aum.course.demo.DemoData;
import edu.aum.course.demo.DemoData.DemoAccount;
import edu.aum.course.platform.ErrorPagesIT;
import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.PayaraServer;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/** Sign-in, home pages, roles and languages in a real browser against the running application. */
@ExtendWith(PayaraServer.class)
class SignInIT {

    private static final Map<Role, String> HOME_TITLE_KEYS = Map.of(
            Role.STUDENT, "student.home.title",
            Role.INSTRUCTOR, "instructor.home.title",
            Role.ADMIN, "admin.home.title",
            Role.PARTNER, "partner.home.title");
    private static final Map<Role, String> MENU_ITEMS = Map.of(
            Role.STUDENT, "studentHome",
            Role.INSTRUCTOR, "instructorHome",
            Role.ADMIN, "adminHome",
            Role.PARTNER, "partnerHome");

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @AfterEach
    void signOutAndForgetLanguage() {
        browser.driver().manage().deleteAllCookies();
    }

    static Stream<DemoAccount> demoAccounts() {
        return DemoData.ACCOUNTS.stream();
    }

    @ParameterizedTest
    @MethodSource("demoAccounts")
    void eachRoleSignsInAndLandsOnItsHomePage(DemoAccount demo) {
        browser.signIn(demo.email(), demo.password());

        assertEquals(demo.role().homePath(), browser.path());
        String language = browser.language();
        assertEquals(Bundle.text(language, HOME_TITLE_KEYS.get(demo.role())), browser.text("#pageTitle"));
        assertTrue(browser.text("#currentUser").contains(demo.fullName()));
        assertTrue(browser.text("#welcome").contains(demo.fullName()));
        for (Role role : Role.values()) {
            boolean shown = !browser.driver()
                    .findElements(By.id("menuForm:" + MENU_ITEMS.get(role)))
                    .isEmpty();
            assertEquals(role == demo.role(), shown, "menu item of " + role + " for " + demo.role());
        }
    }

    @Test
    void aPartnerSeesTheirUniversity() {
        browser.signIn("partner@demo.edu", "partner-demo-1");
        browser.switchLanguage("en");

        assertEquals("Lomonosov Moscow State University", browser.text("#universityName"));
    }

    @Test
    void aWrongPasswordGetsAClearMessageAndKeepsTheEmail() {
        browser.go("/login.xhtml");
        browser.switchLanguage("en");
        browser.signIn("instructor@demo.edu", "not-the-password");

        assertEquals("/login.xhtml", browser.path());
        assertTrue(browser.text("#login\\:messages").contains(Bundle.text("en", "login.failed")));
        assertEquals("instructor@demo.edu", browser.find("#login\\:email").getAttribute("value"));
        assertTrue(browser.driver().findElements(By.id("currentUser")).isEmpty(), "nobody is signed in");
    }

    @Test
    void aStudentGetsTheFriendly403PageOnAnAdminPage() {
        browser.signIn("student@demo.edu", "student-demo-1");
        browser.switchLanguage("en");

        browser.go("/admin/home.xhtml");

        assertEquals(Bundle.text("en", "error.403.title"), browser.text("#pageTitle"));
        ErrorPagesIT.assertNoStackTrace(browser.driver().getPageSource());
    }

    @Test
    void theRussianSwitchShowsRussian() {
        browser.go("/login.xhtml");
        browser.switchLanguage("en");
        assertEquals("Sign in", browser.text("#pageTitle"));

        browser.switchLanguage("ru");

        assertEquals("ru", browser.language());
        assertEquals("Вход", browser.text("#pageTitle"));
        assertEquals(
                "Электронная почта",
                browser.text("label[for='login:email']").replace("*", "").strip());
    }

    @Test
    void theChosenLanguageIsRememberedForTheSignedInUser() {
        browser.signIn("admin@demo.edu", "admin-demo-1");
        browser.switchLanguage("ru");
        browser.signOut();
        browser.driver().manage().deleteAllCookies(); // a new browser: only the account remembers

        browser.signIn("admin@demo.edu", "admin-demo-1");
        assertEquals("ru", browser.language());
        assertEquals("Администрирование", browser.text("#pageTitle"));

        browser.switchLanguage("en");
        browser.signOut();
        browser.driver().manage().deleteAllCookies();
        browser.signIn("admin@demo.edu", "admin-demo-1");
        assertEquals("en", browser.language());
        assertEquals("Administration", browser.text("#pageTitle"));
    }

    @Test
    void signOutEndsTheSession() {
        browser.signIn("instructor@demo.edu", "instructor-demo-1");
        browser.signOut();

        assertEquals("/login.xhtml", browser.path());
        browser.go("/instructor/home.xhtml");
        assertEquals("/login.xhtml", browser.path(), "the home page asks for sign-in again");
    }

    @Test
    void signingInAfterBeingSentToLoginReturnsToTheRequestedPage() {
        browser.go("/admin/users.xhtml");
        assertEquals("/login.xhtml", browser.path());

        browser.type("#login\\:email", "admin@demo.edu");
        browser.type("input#login\\:password", "admin-demo-1");
        browser.clickAndWait("#login\\:submit");

        assertEquals("/admin/users.xhtml", browser.path());
        // the users page itself, signed in (which accounts its first page lists depends on what other tests made)
        assertEquals(Bundle.text("en", "admin.users.title"), browser.text("#pageTitle"));
        assertTrue(browser.find("#create\\:email").isDisplayed(), "the admin's invite form");
    }
}

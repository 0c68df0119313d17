package edu.aum.course.account;

import static edu.aum.course.account.AccountFlows.PASSWORD;
import static edu.aum.course.account.AccountFlows.awaitMails;
import static edu.aum.course.account.AccountFlows.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13 items 2 and 3 against the server: a password reset or change ends the account's other sessions
 * at once (the one that changed it stays); wrong passwords from one address lock only that address for the
 * account, so its owner still signs in from their own. Addresses are simulated with X-Forwarded-For (the
 * test server trusts 127.0.0.1 as its load balancer).
 */
@ExtendWith(PayaraServer.class)
class AccountHardeningIT {

    private static final String HOME = "/student/home.xhtml";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @BeforeEach
    void english() {
        browser.go("/login.xhtml");
        browser.switchLanguage("en");
    }

    @AfterEach
    void forget() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aPasswordResetEndsEverySessionOpenedBeforeIt() {
        String email = AccountFlows.uniqueEmail("sessions");
        AccountFlows.registerAndConfirm(browser, "Sofia Kovalevskaya", email);
        Http laptop = signedIn(email, PASSWORD, "198.51.100.1");
        Http phone = signedIn(email, PASSWORD, "198.51.100.2");

        browser.go("/forgot-password.xhtml");
        browser.type("#forgot\\:email", email);
        browser.clickAndWait("#forgot\\:submit");
        browser.driver().get(link(awaitMails(email, "account.reset.subject", 1).get(0)));
        browser.type("input#reset\\:password", "second-pass-2026");
        browser.clickAndWait("#reset\\:submit");
        assertTrue(browser.text("#done").contains(Bundle.text("en", "resetPassword.done")));

        assertEnded(laptop);
        assertEnded(phone);
        assertEquals(
                302,
                new Http()
                        .from("198.51.100.3")
                        .signIn(email, "second-pass-2026")
                        .statusCode());
    }

    @Test
    void aNewPasswordUnderMyAccountEndsTheOtherSessionsButNotItsOwn() {
        String email = AccountFlows.uniqueEmail("change");
        AccountFlows.registerAndConfirm(browser, "Nikolai Lobachevsky", email);
        Http other = signedIn(email, PASSWORD, "198.51.100.4");
        browser.signIn(email, PASSWORD);

        browser.go("/account/profile.xhtml");
        browser.type("input#profile\\:currentPassword", PASSWORD);
        browser.type("input#profile\\:newPassword", "another-pass-2026");
        browser.clickAndWait("#profile\\:changePassword");
        assertTrue(browser.text("#profile\\:messages").contains(Bundle.text("en", "account.profile.passwordChanged")));

        assertEnded(other);
        browser.go(HOME);
        assertEquals(HOME, browser.path(), "the session that changed it goes on");
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheOwnerOutFromTheirs() {
        String email = AccountFlows.uniqueEmail("victim");
        AccountFlows.registerAndConfirm(browser, "Ada Lovelace", email);
        Http attacker = new Http().from("203.0.113.50");
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> refused = attacker.signIn(email, "wrong-password-" + i);
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains(Bundle.text("en", "login.failed")), "attempt " + i);
        }
        String locked = Bundle.text("en", "login.locked").substring(0, 40);
        assertTrue(attacker.signIn(email, "wrong-password-5").body().contains(locked));
        HttpResponse<String> rightButLocked = attacker.signIn(email, PASSWORD);
        assertEquals(200, rightButLocked.statusCode(), "even the right password waits at that address");
        assertTrue(rightButLocked.body().contains(locked));

        assertEquals(
                302, new Http().from("198.51.100.77").signIn(email, PASSWORD).statusCode(), "the owner signs in");
    }

    private static Http signedIn(String email, String password, String address) {
        Http client = new Http().from(address);
        assertEquals(302, client.signIn(email, password).statusCode());
        assertEquals(200, client.get(HOME).statusCode());
        return client;
    }

    private static void assertEnded(Http client) {
        HttpResponse<String> home = client.get(HOME);
        assertEquals(302, home.statusCode(), "the session has ended");
        assertTrue(
                home.headers().firstValue("Location").orElse("").contains("/login.xhtml?ended=changed"),
                home.headers().toString());
    }
}

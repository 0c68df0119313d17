package edu.aum.course.account;

import static edu.aum.course.account.AccountFlows.PASSWORD;
import static edu.aum.course.account.AccountFlows.awaitMails;
import static edu.aum.course.account.AccountFlows.link;
import static edu.aum.course.account.AccountFlows.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.MailServer;
import edu.aum.course.testsupport.PayaraServer;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Self-registration with e-mail confirmation, re-sent links, password reset and the sign-in throttle. */
@ExtendWith(PayaraServer.class)
class RegistrationIT {

    private static final String NAME = "Ёлкина Мария-Luisa O'Neil";

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
    void aStudentRegistersConfirmsThroughTheMailedLinkAndSignsIn() {
        String email = AccountFlows.uniqueEmail("elkina");
        browser.clickAndWait("#register");
        AccountFlows.register(browser, "  Ёлкина   Мария-Luisa  O'Neil ", email.toUpperCase(), PASSWORD);
        assertTrue(browser.text("#done").contains(email), browser.text("#done"));
        MimeMessage first = awaitMails(email, "account.confirm.subject", 1).get(0);
        assertTrue(MailServer.body(first).contains("Dear " + NAME + ","), MailServer.body(first));

        browser.signIn(email, PASSWORD);
        assertEquals("/login.xhtml", browser.path());
        assertTrue(browser.text("#login\\:messages").contains(Bundle.text("en", "login.unconfirmed")));

        browser.clickAndWait("#login\\:resend");
        assertEquals(email, browser.find("#resend\\:email").getAttribute("value"));
        browser.clickAndWait("#resend\\:submit");
        assertTrue(browser.text("#resend\\:sent").contains(Bundle.text("en", "resendConfirmation.sent")));
        List<MimeMessage> both = awaitMails(email, "account.confirm.subject", 2);
        String oldLink = link(both.get(0));
        String newLink = link(both.get(1));
        assertNotEquals(oldLink, newLink);

        browser.driver().get(oldLink);
        assertTrue(
                browser.text("#messages").contains(Bundle.text("en", "token.invalid")), "the older link was replaced");
        browser.driver().get(newLink);
        assertTrue(browser.text("#confirmed").contains(Bundle.text("en", "confirmEmail.registered")));
        browser.driver().get(newLink);
        assertTrue(browser.text("#messages").contains(Bundle.text("en", "token.invalid")), "a link works once");

        browser.signIn(email, PASSWORD);
        assertEquals("/student/home.xhtml", browser.path());
        assertTrue(browser.text("#currentUser").contains(NAME), browser.text("#currentUser"));
        assertTrue(browser.text("#welcome").contains(NAME));
    }

    @Test
    void aUsedLinkAnswersInTheLanguageOfTheSite() {
        String email = AccountFlows.uniqueEmail("used-ru");
        AccountFlows.registerAndConfirm(browser, "Used Link", email);
        String used = link(awaitMails(email, "account.confirm.subject", 1).get(0));

        browser.go("/login.xhtml");
        browser.switchLanguage("ru");
        browser.driver().get(used);
        assertTrue(
                browser.text("#messages").contains(Bundle.text("ru", "token.invalid")),
                "the view action's refusal is in Russian: " + browser.text("#messages"));
        assertEquals(Bundle.text("ru", "confirmEmail.title"), browser.text("#pageTitle"));

        browser.go("/forgot-password.xhtml");
        browser.type("#forgot\\:email", email);
        browser.clickAndWait("#forgot\\:submit");
        String reset = link(awaitMails(email, "account.reset.subject", 1).get(0));
        browser.driver().get(reset.replace("token=", "token=0")); // a link that no longer works
        assertTrue(browser.text("#invalid").contains(Bundle.text("ru", "token.invalid")), browser.text("#invalid"));
    }

    @Test
    void aMailedLinkOpensInTheLanguageOfItsMailInABrowserThatNeverChose() {
        browser.switchLanguage("ru");
        String email = AccountFlows.uniqueEmail("link-ru");
        AccountFlows.register(browser, "Ссылкина Анна", email, PASSWORD);
        String subject = Bundle.mail("ru", "account.confirm.subject");
        AccountFlows.await(
                () -> PayaraServer.mail().messagesTo(email).stream()
                        .anyMatch(m -> subject.equals(MailServer.subject(m))),
                "the Russian confirmation mail");
        MimeMessage mail = PayaraServer.mail().messagesTo(email).get(0);

        browser.driver().manage().deleteAllCookies(); // no session, no remembered language: the browser says English
        browser.driver().get(link(mail));
        assertEquals(Bundle.text("ru", "confirmEmail.registered"), browser.text("#confirmed"));
    }

    @Test
    void aTakenEmailGetsTheSameAnswerAsANewOneAndItsOwnerAMailInTheirLanguage() {
        AccountFlows.register(browser, "Someone Else", "Student@Demo.edu", PASSWORD);
        String taken = browser.text("#done");
        String email = AccountFlows.uniqueEmail("new");
        AccountFlows.register(browser, "Someone Else", email, PASSWORD);

        assertEquals(browser.text("#done").replace(email, "student@demo.edu"), taken, "the same answer");
        String subject = Bundle.mail("ru", "account.registerAttempt.subject"); // Анна prefers Russian
        AccountFlows.await(
                () -> PayaraServer.mail().messagesTo("student@demo.edu").stream()
                        .anyMatch(m -> subject.equals(MailServer.subject(m))),
                "the owner's mail");
        String body = PayaraServer.mail().messagesTo("student@demo.edu").stream()
                .filter(m -> subject.equals(MailServer.subject(m)))
                .map(MailServer::body)
                .findFirst()
                .orElseThrow();
        assertTrue(body.contains(PayaraServer.url("/forgot-password.xhtml")), body);
        assertTrue(body.contains(PayaraServer.url("/login.xhtml")), body);
    }

    @Test
    void aCommonPasswordIsRefusedAndTheFormKept() {
        String email = AccountFlows.uniqueEmail("common");
        AccountFlows.register(browser, "Common Password", email, "password1234");
        assertTrue(browser.text("#register\\:messages").contains(Bundle.text("en", "password.common")));
        assertEquals(email, browser.find("#register\\:email").getAttribute("value"));
    }

    @Test
    void aNameWithoutLettersIsRefusedAndTheFormKept() {
        String email = AccountFlows.uniqueEmail("digits");
        AccountFlows.register(browser, "12345", email, PASSWORD);

        assertTrue(browser.text("#register\\:messages").contains(Bundle.text("en", "name.invalidCharacters")));
        assertEquals(email, browser.find("#register\\:email").getAttribute("value"));
    }

    @Test
    void aPasswordIsResetThroughTheMailedLinkOnce() {
        String email = AccountFlows.uniqueEmail("reset");
        AccountFlows.registerAndConfirm(browser, "José Núñez", email);

        browser.go("/login.xhtml");
        browser.clickAndWait("#forgotPassword");
        browser.type("#forgot\\:email", email);
        browser.clickAndWait("#forgot\\:submit");
        assertTrue(browser.text("#forgot\\:sent").contains(Bundle.text("en", "forgotPassword.sent")));
        String resetLink = link(awaitMails(email, "account.reset.subject", 1).get(0));

        browser.driver().get(resetLink);
        browser.type("input#reset\\:password", "second-pass-2026");
        browser.clickAndWait("#reset\\:submit");
        assertTrue(browser.text("#done").contains(Bundle.text("en", "resetPassword.done")));

        browser.signIn(email, PASSWORD);
        assertTrue(
                browser.text("#login\\:messages").contains(Bundle.text("en", "login.failed")),
                "the old password is refused");
        browser.signIn(email, "second-pass-2026");
        assertEquals("/student/home.xhtml", browser.path());
        browser.signOut();

        browser.driver().get(resetLink);
        assertTrue(browser.text("#invalid").contains(Bundle.text("en", "token.invalid")));
        assertTrue(present(browser, "reset:askAgain"), "a way to ask again");
    }

    @Test
    void anUnknownEmailOnForgotPasswordGetsTheSameAnswer() {
        String unknown = AccountFlows.uniqueEmail("nobody");
        browser.go("/forgot-password.xhtml");
        browser.type("#forgot\\:email", unknown);
        browser.clickAndWait("#forgot\\:submit");

        assertTrue(browser.text("#forgot\\:sent").contains(Bundle.text("en", "forgotPassword.sent")));
        assertEquals("/forgot-password.xhtml", browser.path());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        String email = AccountFlows.uniqueEmail("throttle");
        AccountFlows.registerAndConfirm(browser, "Пётр Ильич", email);

        for (int i = 1; i <= 4; i++) {
            browser.signIn(email, "wrong-password-" + i);
            assertTrue(browser.text("#login\\:messages").contains(Bundle.text("en", "login.failed")), "attempt " + i);
        }
        browser.signIn(email, "wrong-password-5");
        assertTrue(browser.text("#login\\:messages").contains(Bundle.text("en", "login.locked")));

        browser.signIn(email, PASSWORD);
        assertTrue(
                browser.text("#login\\:messages").contains(Bundle.text("en", "login.locked")),
                "even the right password waits");
        assertEquals("/login.xhtml", browser.path());
    }
}

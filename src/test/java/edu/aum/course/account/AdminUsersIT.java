package edu.aum.course.account;

import static edu.aum.course.account.AccountFlows.await;
import static edu.aum.course.account.AccountFlows.awaitMails;
import static edu.aum.course.account.AccountFlows.link;
import static edu.aum.course.account.AccountFlows.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.MailServer;
import edu.aum.course.testsupport.PayaraServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An administrator invites staff, who choose their own password; deactivation ends open sessions. */
@ExtendWith(PayaraServer.class)
class AdminUsersIT {

    private static final String PASSWORD = "instructor-pass-2026";

    @RegisterExtension
    static final Browser admin = Browser.perClass();

    @RegisterExtension
    static final Browser person = Browser.perClass();

    @BeforeAll
    static void signInInEnglish() {
        admin.signIn("admin@demo.edu", "admin-demo-1");
        admin.switchLanguage("en");
        person.go("/login.xhtml");
        person.switchLanguage("en");
    }

    @Test
    void anInvitedInstructorChoosesAPasswordSignsInAndIsSignedOutWhenDeactivated() {
        String email = AccountFlows.uniqueEmail("instructor");
        invite("Ivan Petrov-Smith", email);
        MimeMessage invitation = awaitMails(email, "account.invite.subject", 1).get(0);
        assertTrue(MailServer.body(invitation).contains("Dear Ivan Petrov-Smith,"), MailServer.body(invitation));

        person.signIn(email, PASSWORD);
        assertTrue(
                person.text("#login\\:messages").contains(Bundle.text("en", "login.failed")),
                "no password before the invitation");
        person.emulateTimeZone("America/Chicago"); // the invitation's page asks for the zone, filled in from here
        person.driver().get(link(invitation));
        new org.openqa.selenium.support.ui.WebDriverWait(person.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> "America/Chicago"
                        .equals(d.findElement(org.openqa.selenium.By.id("reset:timeZone_input"))
                                .getAttribute("value")));
        person.type("input#reset\\:password", PASSWORD);
        person.clickAndWait("#reset\\:submit");
        assertTrue(person.text("#done").contains(Bundle.text("en", "resetPassword.done")));
        person.signIn(email, PASSWORD);
        assertEquals("/instructor/home.xhtml", person.path());
        assertTrue(person.text("#currentUser").contains("Ivan Petrov-Smith"));
        person.go("/account/profile.xhtml");
        assertTrue(person.text("#zoneNow").contains("America/Chicago"), "the invited instructor's own zone");

        search(email);
        admin.find("#users\\:table\\:0\\:deactivate").click();
        admin.find("#users\\:confirmYes").click();
        await(
                () -> admin.text("#users\\:messages").contains(Bundle.text("en", "admin.users.deactivated")),
                "deactivated");
        assertTrue(admin.text("#users\\:table\\:0\\:status").contains(Bundle.text("en", "AccountStatus.DEACTIVATED")));

        person.go("/instructor/home.xhtml");
        assertEquals("/login.xhtml", person.path(), "the open session ends at its next request");
        assertTrue(person.text("#ended").contains(Bundle.text("en", "login.ended.deactivated")));
        person.signIn(email, PASSWORD);
        assertTrue(person.text("#login\\:messages").contains(Bundle.text("en", "login.deactivated")));

        admin.find("#users\\:table\\:0\\:reactivate").click();
        await(
                () -> admin.text("#users\\:messages").contains(Bundle.text("en", "admin.users.reactivated")),
                "reactivated");
        person.signIn(email, PASSWORD);
        assertEquals("/instructor/home.xhtml", person.path());
        person.signOut();
    }

    @Test
    void anAdministratorChangesAPersonResendsTheInvitationAndSeesTheLastSignIn() {
        String email = AccountFlows.uniqueEmail("edited");
        String moved = AccountFlows.uniqueEmail("moved");
        invite("Pat Before", email);
        awaitMails(email, "account.invite.subject", 1);
        search(email);
        assertEquals(Bundle.text("en", "admin.users.neverSignedIn"), admin.text("#users\\:table\\:0\\:lastSignIn"));

        admin.find("#users\\:table\\:0\\:edit").click();
        admin.type("#editForm\\:name", "Pat After");
        admin.type("#editForm\\:email", moved);
        admin.find("#editForm\\:roles label[for='editForm:roles:0']").click(); // the first role: administrator
        admin.find("#editForm\\:save").click();
        await(
                () -> admin.text("#users\\:messages").contains(Bundle.text("en", "admin.users.saved", "Pat After")),
                "saved, told on the page");
        MimeMessage toOld =
                awaitMails(email, "account.changedByAdmin.subject", 1).get(0);
        assertTrue(MailServer.body(toOld).contains(moved), "the old address learns the new one");
        awaitMails(moved, "account.changedByAdmin.subject", 1);
        awaitMails(moved, "account.invite.subject", 1); // the invitation follows the address

        search(moved);
        assertTrue(admin.find("#users\\:table").getText().contains("Pat After"));
        assertTrue(
                admin.find("#users\\:table").getText().contains(Bundle.text("en", "Role.ADMIN")),
                admin.find("#users\\:table").getText());
        admin.find("#users\\:table\\:0\\:resendInvitation").click();
        await(
                () -> admin.text("#users\\:messages").contains(Bundle.text("en", "admin.users.invitationSent", moved)),
                "the invitation again");
        awaitMails(moved, "account.invite.subject", 2);

        // a refusal stays in the dialog, with what was typed
        admin.find("#users\\:table\\:0\\:edit").click();
        admin.type("#editForm\\:email", "admin@demo.edu");
        admin.find("#editForm\\:save").click();
        await(
                () -> admin.text("#editForm\\:messages").contains(Bundle.text("en", "admin.users.create.emailTaken")),
                "a taken address is refused in the dialog");
        assertEquals("admin@demo.edu", admin.find("#editForm\\:email").getAttribute("value"));

        admin.go("/admin/users.xhtml"); // the person leaves the dialog unsaved
        admin.switchLanguage("ru");
        search("admin@demo.edu");
        String lastSignIn = admin.text("#users\\:table\\:0\\:lastSignIn");
        assertTrue(lastSignIn.matches(".*\\d{2}:\\d{2}.*"), "the administrator's own sign-in: " + lastSignIn);
        assertTrue(admin.find("#users\\:table").getText().contains(Bundle.text("ru", "admin.users.lastSignIn")));
        admin.find("#users\\:table\\:0\\:edit").click();
        assertTrue(admin.find("#editDialog").getText().contains(Bundle.text("ru", "admin.users.edit.title")));
        admin.go("/admin/users.xhtml");
        admin.switchLanguage("en");
    }

    @Test
    void partnerStaffNeedTheirUniversity() {
        admin.go("/admin/users.xhtml");
        admin.type("#create\\:name", "Ольга Смирнова");
        admin.type("#create\\:email", AccountFlows.uniqueEmail("partner"));
        admin.choose("#create\\:role", Bundle.text("en", "Role.PARTNER"));
        // its ajax then shows the university field
        await(() -> present(admin, "create:university"), "the university field is shown");
        admin.find("#create\\:university");
        admin.clickAndWait("#create\\:submit");

        assertTrue(
                admin.text("#create\\:messages").contains(Bundle.text("en", "admin.users.create.universityRequired")));
    }

    @Test
    void anAdministratorCannotDeactivateThemself() {
        search("admin@demo.edu");

        assertTrue(present(admin, "users:table:0:status"));
        assertTrue(!present(admin, "users:table:0:deactivate"), "no deactivate button on one's own row");
    }

    private static void invite(String name, String email) {
        admin.go("/admin/users.xhtml");
        admin.type("#create\\:name", name);
        admin.type("#create\\:email", email);
        admin.clickAndWait("#create\\:submit");
        String done = Bundle.text("en", "admin.users.create.done", name, email);
        assertTrue(admin.text("#create\\:messages").contains(done), admin.text("#create\\:messages"));
        String page = admin.find("body").getText();
        assertEquals(page.indexOf(done), page.lastIndexOf(done), "told once, beside the form: " + page);
    }

    /** Types into the search field and waits until the table shows exactly that account. */
    private static void search(String email) {
        admin.go("/admin/users.xhtml");
        admin.type("#users\\:search", email);
        await(
                () -> present(admin, "users:table:0:email")
                        && email.equals(admin.text("#users\\:table\\:0\\:email"))
                        && !present(admin, "users:table:1:email"),
                "the table shows " + email);
    }
}

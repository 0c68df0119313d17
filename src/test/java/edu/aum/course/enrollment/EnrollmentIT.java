package edu.aum.course.enrollment;

import static edu.aum.course.enrollment.Screens.ADMIN;
import static edu.aum.course.enrollment.Screens.ADMIN_PASSWORD;
import static edu.aum.course.enrollment.Screens.ANNA;
import static edu.aum.course.enrollment.Screens.ANNA_PASSWORD;
import static edu.aum.course.enrollment.Screens.IVAN;
import static edu.aum.course.enrollment.Screens.IVAN_PASSWORD;
import static edu.aum.course.enrollment.Screens.createOffering;
import static edu.aum.course.enrollment.Screens.enrollNaming;
import static edu.aum.course.enrollment.Screens.signInAs;
import static edu.aum.course.enrollment.Screens.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.ErrorPagesIT;
import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Students enroll through the screens; administrators see, filter and export the enrollments. */
@ExtendWith(PayaraServer.class)
class EnrollmentIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Test
    void theDemoStudentEnrollsFromTheCatalogueNamingAnotherUniversityAndCannotEnrollTwice() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/catalogue.xhtml");
        var enroll = browser.driver()
                .findElement(By.xpath("(//div[contains(@class,'app-offering')][.//span[text()='USRR-101']]"
                        + "//*[contains(@class,'app-enroll')]/descendant-or-self::a)[1]"));
        enroll.click();
        browser.awaitReplaced(enroll);
        assertEquals("/login.xhtml", browser.path(), "enrolling asks for sign-in first");
        browser.type("#login\\:email", ANNA);
        browser.type("input#login\\:password", ANNA_PASSWORD);
        browser.clickAndWait("#login\\:submit");
        assertEquals("/student/enroll.xhtml", browser.path(), "and then comes back to the enroll page");
        String language = browser.language();
        assertEquals(
                Bundle.text(language, "enroll.notice"), browser.text("#notice").strip());
        String enrollUrl = browser.driver().getCurrentUrl();

        String university = unique("Tomsk Polytechnic ");
        enrollNaming(browser, university, "ТПУ-2026-17");

        assertEquals("/student/home.xhtml", browser.path());
        String enrollments = browser.text("#mine\\:enrollments");
        assertTrue(enrollments.contains("USRR-101"), enrollments);
        assertTrue(enrollments.contains(university), enrollments);
        assertTrue(enrollments.contains("ТПУ-2026-17"), enrollments);
        assertTrue(enrollments.contains(Bundle.text(language, "EnrollmentStatus.ACTIVE")), enrollments);

        browser.driver().get(enrollUrl);
        enrollNaming(browser, university, "ТПУ-2026-17");

        assertEquals("/student/enroll.xhtml", browser.path());
        assertTrue(browser.text("#enroll\\:messages").contains(Bundle.text(language, "enrollment.already")));
        assertEquals(university, browser.find("#enroll\\:otherName").getAttribute("value"), "the input is kept");
        ErrorPagesIT.assertNoStackTrace(browser.driver().getPageSource());
    }

    @Test
    void enrollingOutsideTheWindowIsRefused() {
        long closed = createOffering(browser, TODAY.minusDays(20), TODAY.minusDays(1), null);

        signInAs(browser, ANNA, ANNA_PASSWORD);
        browser.go("/student/enroll.xhtml?offering=" + closed);
        String language = browser.language();
        assertTrue(browser.text("#enroll\\:closed").contains(Bundle.text(language, "enrollment.windowClosed")));
        enrollNaming(browser, unique("Novosibirsk State "), "N-1");

        assertEquals("/student/enroll.xhtml", browser.path());
        assertTrue(browser.text("#enroll\\:messages").contains(Bundle.text(language, "enrollment.windowClosed")));
    }

    @Test
    void aFullOfferingIsRefusedAndTheAdminSeesAndExportsTheEnrollment() throws Exception {
        long offering = createOffering(browser, TODAY.minusDays(1), TODAY.plusDays(10), 1);

        signInAs(browser, IVAN, IVAN_PASSWORD);
        browser.go("/student/enroll.xhtml?offering=" + offering);
        String university = unique("Kazan Federal ");
        enrollNaming(browser, university, "KFU-1");
        assertEquals("/student/home.xhtml", browser.path(), "the last seat is taken");
        browser.go("/catalogue.xhtml");
        browser.checkAccessibility("a full offering"); // its disabled Enroll button included
        assertFalse(
                browser.driver().getPageSource().contains("enroll.xhtml?offering=" + offering),
                "no way to enroll into a full offering");
        assertFalse(
                browser.driver()
                        .findElements(By.cssSelector("button.app-enroll[disabled]"))
                        .isEmpty(),
                "its Enroll button is there, disabled");

        signInAs(browser, ANNA, ANNA_PASSWORD);
        browser.go("/student/enroll.xhtml?offering=" + offering);
        enrollNaming(browser, unique("Ural Federal "), "UrFU-9");
        assertEquals("/student/enroll.xhtml", browser.path());
        assertTrue(browser.text("#enroll\\:messages").contains(Bundle.text(browser.language(), "enrollment.full")));

        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        browser.go("/admin/enrollments.xhtml?offering=" + offering);
        String table = browser.text("#enrollments\\:table");
        assertTrue(table.contains("Иван Смирнов"), table);
        assertTrue(table.contains(university), table);
        assertTrue(table.contains("KFU-1"), table);
        // the headers speak to the administrator, and times carry their own zone (MSK), not a "(UTC)" label
        assertTrue(table.contains(Bundle.text(browser.language(), "admin.enrollments.studentNumber")), table);
        assertFalse(table.contains("UTC"), table);

        browser.type("#enrollments\\:text", "nobody-like-this");
        browser.find("#enrollments\\:filter").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("enrollments:table"), Bundle.text(browser.language(), "admin.enrollments.empty")));
        browser.type("#enrollments\\:text", "kfu-1");
        browser.find("#enrollments\\:filter").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrollments:table"), "Иван Смирнов"));

        Http admin = new Http();
        assertEquals(302, admin.signIn(ADMIN, ADMIN_PASSWORD).statusCode());
        var csv = admin.get("/admin/enrollments.csv?offering=" + offering);

        assertEquals(200, csv.statusCode());
        assertEquals(
                "text/csv;charset=UTF-8",
                csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(
                csv.headers()
                        .firstValue("Content-Disposition")
                        .orElse("")
                        .matches("attachment; filename=\"enrollments-IT-.*\\.csv\""),
                csv.headers().toString());
        String body = csv.body();
        assertTrue(
                body.startsWith(
                        "\uFEFFemail,full_name,university,country,student_number,status,enrolled_at,withdrawn_reason"),
                body);
        assertTrue(body.contains("student2@demo.edu,Иван Смирнов," + university + ",RU,KFU-1,ACTIVE,"), body);
    }

    @Test
    void theCsvExportIsForAdministratorsOnly() {
        Http student = new Http();
        student.signIn(ANNA, ANNA_PASSWORD);

        assertEquals(403, student.get("/admin/enrollments.csv?offering=1").statusCode());
        assertEquals(302, new Http().get("/admin/enrollments.csv?offering=1").statusCode());
    }
}

package edu.aum.course.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import edu.aum.course.account.api.Account;
import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.grading.api.Review;
import edu.aum.course.report.control.Weeks;
import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.PayaraServer;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.university.api.University;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin's dashboards in the browser, in English and in Russian: rows this test writes at known times of the
 * last weeks (through the service tier, committed to the server's database) show in each chart's table in their
 * week, the charts' canvases are drawn, the outbox is linked, an offering without data says so, and the filter
 * keeps its choice in the address; axe-core checks every page on the way (Browser).
 */
@ExtendWith(PayaraServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsIT {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow"); // the pages' zone (DISPLAY_ZONE's default)

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    static Weeks weeks;
    static long offeringId;
    static University first;
    static University second;

    @BeforeEach
    void sameDatabaseAsTheServer() {
        String url = System.getenv("DB_URL");
        if (url == null || url.isBlank()) {
            String message = "ReportsIT writes its rows into the server's database: it needs DB_URL";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
    }

    /** Noon (Moscow) on the Monday of the k-th of the last 12 weeks. */
    private static Instant monday(int k) {
        return weeks.firstMonday().plusWeeks(k).atTime(12, 0).atZone(MOSCOW).toInstant();
    }

    @Test
    @Order(0)
    void theTablesShowTheWeeksNumbersInEnglishAndRussianBesideTheirCharts() {
        seed();
        browser.driver().manage().deleteAllCookies();
        browser.signIn("admin@demo.edu", "admin-demo-1");
        for (String language : List.of("en", "ru")) {
            browser.go("/admin/reports.xhtml?offering=" + offeringId);
            if (!browser.language().equals(language)) {
                browser.switchLanguage(language);
            }
            Locale locale = Locale.forLanguageTag(language);
            String week8 = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(weeks.firstMonday().plusWeeks(8));
            boolean ru = language.equals("ru");
            assertEquals(
                    List.of(
                            Bundle.text(language, "admin.reports.weekOf"),
                            ru ? second.getNameRu() : second.getNameEn(),
                            ru ? first.getNameRu() : first.getNameEn(),
                            Bundle.text(language, "admin.reports.total")),
                    headers("enrollmentsTable"));
            assertEquals(week8, cell("enrollmentsTable", 8, "th"));
            assertEquals(List.of("2", "1", "3"), cells("enrollmentsTable", 8));
            assertEquals(List.of("1", "0", "1"), cells("enrollmentsTable", 9));
            assertEquals(List.of("0", "0", "0"), cells("enrollmentsTable", 7));
            assertEquals(
                    Bundle.text(language, "admin.reports.enrollments.summary", 4), browser.text("#enrollmentsSummary"));

            assertEquals(
                    List.of(
                            Bundle.text(language, "admin.reports.weekOf"),
                            Bundle.text(language, "admin.reports.essays.onTime"),
                            Bundle.text(language, "admin.reports.essays.late"),
                            Bundle.text(language, "admin.reports.total")),
                    headers("essaysTable"));
            assertEquals(List.of("2", "1", "3"), cells("essaysTable", 8));
            assertEquals(Bundle.text(language, "admin.reports.essays.summary", 3, 1), browser.text("#essaysSummary"));

            assertEquals(List.of("3", "30", "50"), cells("turnaroundTable", 8));
            assertEquals(List.of("0", "", ""), cells("turnaroundTable", 9));

            assertEquals(List.of("2", "1"), cells("certificatesTable", 9));
            assertEquals(List.of("0", "0"), cells("certificatesTable", 8));
            assertEquals(
                    Bundle.text(language, "admin.reports.certificates.summary", 2, 1),
                    browser.text("#certificatesSummary"));

            for (String chart : List.of("enrollments", "essays", "turnaround", "certificates")) {
                WebElement canvas = browser.find("#" + chart + "Chart canvas");
                assertTrue(canvas.getSize().getHeight() > 0, chart + "'s chart is drawn");
            }
            assertTrue(browser.text("#outboxWaiting").matches("\\d+"));
            assertTrue(browser.text("#outboxFailed").matches("\\d+"));
            assertTrue(browser.find("#toOutbox").getAttribute("href").endsWith("/admin/outbox.xhtml"));
            assertEquals(12, rows("certificatesTable").size());
        }
        browser.switchLanguage("en");
    }

    @Test
    @Order(1)
    void anOfferingWithNothingInTheseWeeksSaysSoInsteadOfEmptyCharts() {
        long empty = data.offering(null, 1).getId();
        tier.em().getTransaction().commit();
        browser.go("/admin/reports.xhtml?offering=" + empty);
        assertEquals(Bundle.text("en", "admin.reports.enrollments.none"), browser.text("#enrollmentsEmpty"));
        assertEquals(Bundle.text("en", "admin.reports.essays.none"), browser.text("#essaysEmpty"));
        assertEquals(Bundle.text("en", "admin.reports.turnaround.none"), browser.text("#turnaroundEmpty"));
        assertEquals(Bundle.text("en", "admin.reports.certificates.none"), browser.text("#certificatesEmpty"));
        assertTrue(browser.driver().findElements(By.cssSelector("canvas")).isEmpty(), "no empty chart");
        assertTrue(browser.driver().findElements(By.id("enrollmentsSummary")).isEmpty(), "no line of zero totals");
    }

    @Test
    @Order(2)
    void theFilterKeepsTheOfferingAndThePeriodInTheAddress() {
        browser.go("/admin/reports.xhtml?offering=" + offeringId);
        browser.choose("#filters\\:period", Bundle.text("en", "ReportPeriod.WEEKS_26"));
        browser.clickAndWait("#filters\\:show");
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("period=WEEKS_26") && url.contains("offering=" + offeringId), url);
        assertEquals(26, rows("certificatesTable").size());
        assertEquals(List.of("2", "1"), cells("certificatesTable", 9 + 14));
        browser.go("/admin/reports.xhtml?period=TERM");
        assertEquals(Bundle.text("en", "admin.reports.period.termNeedsOffering"), browser.text("#termWithoutOffering"));
        assertFalse(browser.text("#periodText").isBlank());
    }

    /** Two universities, four students, three essays (one late) released after 5, 30 and 50 hours, two certificates. */
    private void seed() {
        weeks = Weeks.last(12, LocalDate.now(MOSCOW), MOSCOW);
        Instant t0 = monday(8);
        tier.clock().set(t0);
        Offering offering = data.offering(null, 1);
        offeringId = offering.getId();
        first = data.university(true);
        second = data.university(false);
        Account marker = data.instructor("Marker", offering);
        Account a = data.student("Anna");
        Account b = data.student("Boris");
        Account c = data.student("Clara");
        Account d = data.student("Dmitry");
        Enrollment anna = data.enroll(a, offering, first);
        Assignment essay = data.assignment(offering, true); // due two days after t0
        tier.clock().set(t0.plus(Duration.ofHours(1)));
        Enrollment boris = data.enroll(b, offering, second);
        data.enroll(c, offering, second);
        Review ofAnna = data.submit(a, essay, 10);
        tier.clock().set(t0.plus(Duration.ofHours(2)));
        Review ofBoris = data.submit(b, essay, 10);
        tier.clock().set(t0.plus(Duration.ofHours(6)));
        data.release(marker, ofAnna, "8", SubmissionResult.PASS);
        tier.clock().set(t0.plus(Duration.ofHours(32)));
        data.release(marker, ofBoris, "7", SubmissionResult.PASS);
        tier.clock().set(t0.plus(Duration.ofDays(3)));
        Review ofClara = data.submit(c, essay, 10);
        tier.clock().set(t0.plus(Duration.ofDays(3)).plus(Duration.ofHours(50)));
        data.release(marker, ofClara, "6", SubmissionResult.PASS);
        tier.clock().set(monday(9));
        data.enroll(d, offering, second);
        certificate(anna, offering);
        certificate(boris, offering)
                .revoke(data.setUp(), "Plagiarism.", null, monday(9).plus(Duration.ofHours(1)));
        tier.em().getTransaction().commit();
    }

    private Certificate certificate(Enrollment enrollment, Offering offering) {
        Certificate certificate = new Certificate(
                new Certificate.Issued(
                        data.unique("R"),
                        "Holder",
                        "Course",
                        "Курс",
                        offering.getSchedule().getStartsOn(),
                        offering.getSchedule().getEndsOn(),
                        "default"),
                enrollment,
                data.setUp(),
                new byte[] {1, 2, 3},
                "0".repeat(64),
                tier.clock().instant());
        tier.em().persist(certificate);
        return certificate;
    }

    private static List<String> headers(String table) {
        return browser.driver().findElements(By.cssSelector("#" + table + " thead th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<WebElement> rows(String table) {
        return browser.driver().findElements(By.cssSelector("#" + table + " tbody tr"));
    }

    private static List<String> cells(String table, int week) {
        return rows(table).get(week).findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String cell(String table, int week, String tag) {
        return rows(table).get(week).findElement(By.tagName(tag)).getText();
    }
}

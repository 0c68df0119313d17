package edu.aum.course.certificate;

import static edu.aum.course.certificate.CertificateScreens.ADMIN;
import static edu.aum.course.certificate.CertificateScreens.ADMIN_PASSWORD;
import static edu.aum.course.certificate.CertificateScreens.awaitFinished;
import static edu.aum.course.certificate.CertificateScreens.certificateMails;
import static edu.aum.course.certificate.CertificateScreens.choose;
import static edu.aum.course.certificate.CertificateScreens.counts;
import static edu.aum.course.certificate.CertificateScreens.currentSerial;
import static edu.aum.course.certificate.CertificateScreens.getAs;
import static edu.aum.course.certificate.CertificateScreens.issue;
import static edu.aum.course.certificate.CertificateScreens.issuedSerials;
import static edu.aum.course.certificate.CertificateScreens.openOffering;
import static edu.aum.course.certificate.CertificateScreens.pastOffering;
import static edu.aum.course.certificate.CertificateScreens.pdfAttachments;
import static edu.aum.course.certificate.CertificateScreens.row;
import static edu.aum.course.certificate.CertificateScreens.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.certificate.control.SignatureVerifier;
import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.MailServer;
import edu.aum.course.testsupport.OutboxScreen;
import edu.aum.course.testsupport.PayaraServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Certificates through the screens, on the demo's past offering (DemoCertificates): an admin previews,
 * dry-runs and issues with the progress bar, a visitor verifies; a batch issues exactly once when two run
 * at the same time and when the server crashes half-way; revocation, reissue, tampered uploads, mails with
 * the PDF, downloads, the JSON API and its rate limit. Each test uses its own students of the demo class.
 */
@ExtendWith(PayaraServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateIT {

    private static Browser admin;
    private static long offering;

    @BeforeAll
    static void signIn() {
        admin = Browser.open();
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        offering = pastOffering(admin);
    }

    @AfterAll
    static void close() {
        if (admin != null) {
            admin.close();
        }
    }

    @Test
    @Order(1)
    void eligibilityIsShownWithReasons() {
        openOffering(admin, offering);
        assertEquals(
                Bundle.text("en", "admin.certificates.notEligible"),
                row(admin, "Сергей Попов")
                        .findElement(By.cssSelector(".app-verdict"))
                        .getText());
        assertTrue(row(admin, "Сергей Попов").getText().contains("3 essays passed; 4 needed"));
        assertTrue(row(admin, "Hannah Brooks").getText().contains("2 essays passed; 4 needed"));
        assertEquals(
                Bundle.text("en", "admin.certificates.eligible"),
                row(admin, "Emily Carter")
                        .findElement(By.cssSelector(".app-verdict"))
                        .getText());
        assertFalse(currentSerial(admin, "Анна Петрова").isEmpty(), "the demo's issued certificate is listed");

        // waits until the menu has taken the choice (a click while its panel opens is lost)
        admin.choose("#choose\\:shown", Bundle.text("en", "StandingFilter.NOT_ELIGIBLE"));
        admin.type("#choose\\:text", "ПОПОВ");
        admin.find("#choose\\:filter").click();
        awaitShown(List.of("Сергей Попов"));
        admin.type("#choose\\:text", "emily.carter@");
        admin.find("#choose\\:filter").click();
        awaitShown(List.of()); // eligible: that filter does not show her
    }

    /** The names the eligibility table shows, once they are these. */
    private static void awaitShown(List<String> names) {
        new WebDriverWait(admin.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#choose\\:table tbody tr .app-holder")).stream()
                        .map(WebElement::getText)
                        .toList()
                        .equals(names));
    }

    @Test
    @Order(2)
    void adminPreviewsDryRunsIssuesWithTheProgressBarAndAVisitorVerifies() throws Exception {
        openOffering(admin, offering);
        String previewPath = row(admin, "Emily Carter")
                .findElement(By.cssSelector(".app-preview a, a.app-preview"))
                .getAttribute("href")
                .replaceFirst("^https?://[^/]+", "");
        HttpResponse<byte[]> preview = getAs(admin, previewPath);
        assertEquals(200, preview.statusCode());
        assertTrue(text(preview.body()).contains("Emily Carter"));
        assertTrue(text(preview.body()).contains("0000-0000-0000"), "a preview never carries a real serial");
        assertFalse(SignatureVerifier.verify(preview.body()).signed(), "a preview is not signed");

        choose(admin, true, "Emily Carter", "ليلى حداد");
        admin.find("#choose\\:dryRun").click();
        admin.find("#choose\\:dryRunTable");
        String dryRun = admin.text("#choose\\:dryRunPanel");
        assertTrue(
                dryRun.contains(Bundle.text("en", "admin.certificates.dryRunSummary", 1, 1)), // 1 certificate, 1 e-mail
                dryRun);
        // issue 12 items 7 and 12: the admin reads who and what in plain words, not the template's insides
        assertTrue(dryRun.contains(Bundle.text("en", "certificate.problem.nameScript", "ليلى حداد")), dryRun);
        assertFalse(dryRun.contains("fonts/") || dryRun.contains("holderName") || dryRun.contains("U+"), dryRun);

        admin.find("#choose\\:all").click();
        new org.openqa.selenium.support.ui.WebDriverWait(admin.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> ticked(admin, "Emily Carter"));
        assertTrue(ticked(admin, "李伟") && ticked(admin, "김민준") && ticked(admin, "佐藤 花子"));
        assertFalse(ticked(admin, "ليلى حداد"), "'Choose all eligible' skips the name the dry run refuses");

        // chosen by hand all the same, the batch refuses her in the same plain words
        choose(admin, true, "Emily Carter", "李伟", "김민준", "佐藤 花子", "ليلى حداد");
        issue(admin);
        awaitFinished(admin, Duration.ofSeconds(60));
        String items = admin.text("#items\\:table");
        assertTrue(items.contains(Bundle.text("en", "certificate.problem.nameScript", "ليلى حداد")), items);
        assertFalse(items.contains("fonts/") || items.contains("holderName") || items.contains("U+"), items);
        assertTrue(admin.text("#batch\\:bar").contains("100%"), "the progress bar is full");
        Map<String, String> serials = issuedSerials(admin);
        String serial = serials.get("Emily Carter");
        assertTrue(serial.matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"), serial);
        for (String name : List.of("李伟", "김민준", "佐藤 花子")) {
            String pdfText = text(getAs(admin, "/admin/certificate.pdf?serial=" + serials.get(name))
                    .body());
            assertTrue(pdfText.contains(name), name + " is printed: " + pdfText);
        }

        byte[] issued = getAs(admin, "/admin/certificate.pdf?serial=" + serial).body();
        MimeMessage mail = PayaraServer.mail()
                .await(
                        "emily.carter@demo.edu",
                        m -> MailServer.subject(m).startsWith("Your certificate"),
                        Duration.ofSeconds(30));
        List<byte[]> attached = pdfAttachments(mail);
        assertEquals(1, attached.size());
        assertArrayEquals(issued, attached.get(0), "the mailed PDF is the stored one");
        assertTrue(text(attached.get(0)).contains("Emily Carter"));

        try (Browser visitor = Browser.open()) {
            visitor.go("/verify/" + serial);
            assertEquals(Bundle.text("en", "verify.status.VALID"), visitor.text("#statusText"));
            assertEquals("Emily Carter", visitor.text("#holder"));
            assertEquals(serial, visitor.text("#serial"));
            upload(visitor, issued, "certificate.pdf");
            assertTrue(visitor.find("#genuine").isDisplayed());
            String key = visitor.text("#signingKey");
            assertTrue(key.startsWith("Signed with the key we sign certificates with today, in use since "), key);
            assertTrue(key.matches("(?s).*([0-9A-F]{2}:){31}[0-9A-F]{2}.*"), "the fingerprint: " + key);
            visitor.switchLanguage("ru");
            visitor.go("/verify/" + serial);
            upload(visitor, issued, "certificate.pdf");
            assertTrue(
                    visitor.text("#genuine").contains(Bundle.text("ru", "verify.upload.genuine")),
                    visitor.text("#genuine"));
            assertTrue(
                    visitor.text("#signingKey")
                            .startsWith("Подписан ключом, которым мы подписываем сертификаты сейчас (используется с "),
                    visitor.text("#signingKey"));
            visitor.switchLanguage("en");
            visitor.go("/verify/" + serial);
            byte[] tampered = issued.clone();
            tampered[issued.length / 2] ^= 0x01; // one bit, inside the page's streams
            upload(visitor, tampered, "tampered.pdf");
            assertTrue(visitor.find("#notGenuine").isDisplayed());
            assertEquals(Bundle.text("en", "verify.upload.hashDifferent"), visitor.text("#hashCheck"));
            assertEquals(Bundle.text("en", "verify.upload.signatureInvalid"), visitor.text("#signatureCheck"));
        }
    }

    private static boolean ticked(Browser admin, String name) {
        return row(admin, name)
                .findElement(By.cssSelector(".ui-chkbox-box"))
                .getAttribute("class")
                .contains("ui-state-active");
    }

    private static void upload(Browser visitor, byte[] pdf, String name) throws IOException {
        Path file = Files.createTempDirectory("upload").resolve(name);
        Files.write(file, pdf);
        visitor.driver()
                .findElement(By.cssSelector("#upload\\:file_input, input[type=file]"))
                .sendKeys(file.toString());
        visitor.clickAndWait("#upload\\:checkFile");
    }

    @Test
    @Order(3)
    void twoBatchesAtTheSameTimeIssueEachCertificateOnce() {
        String[] students = {"Дмитрий Белов", "Olivia Bennett", "Екатерина Соколова"};
        try (Browser second = Browser.open()) {
            second.signIn(ADMIN, ADMIN_PASSWORD);
            openOffering(admin, offering);
            openOffering(second, offering);
            choose(admin, true, students);
            choose(second, true, students);
            CertificateScreens.askToIssue(admin);
            CertificateScreens.askToIssue(second);
            CertificateScreens.confirmNow(admin);
            CertificateScreens.confirmNow(second);
            CertificateScreens.batchPage(admin);
            CertificateScreens.batchPage(second);
            awaitFinished(admin, Duration.ofSeconds(60));
            awaitFinished(second, Duration.ofSeconds(60));
            int[] first = counts(admin.driver().getPageSource());
            int[] other = counts(second.driver().getPageSource());
            assertEquals(3, first[0] + other[0], "issued once in all");
            assertEquals(3, first[1] + other[1], "the rest skipped: they had a certificate");
            assertEquals(0, first[2] + other[2], "nothing failed");
        }
        for (String email :
                List.of("dmitry.belov@demo.edu", "olivia.bennett@demo.edu", "ekaterina.sokolova@demo.edu")) {
            PayaraServer.mail().await(email, CertificateScreens::isCertificateMail, Duration.ofSeconds(30));
        }
        for (String email :
                List.of("dmitry.belov@demo.edu", "olivia.bennett@demo.edu", "ekaterina.sokolova@demo.edu")) {
            OutboxScreen.awaitNoneWaiting(
                    admin, email); // a second mail, had one been queued, is at the mail server now
        }
        for (String email :
                List.of("dmitry.belov@demo.edu", "olivia.bennett@demo.edu", "ekaterina.sokolova@demo.edu")) {
            assertEquals(1, certificateMails(email).size(), "one certificate mail to " + email);
        }
    }

    @Test
    @Order(99) // last: it restarts the server, which takes minutes on a busy machine
    void aBatchResumesAfterACrashHalfWayWithoutIssuingTwice() {
        String[] students = {
            "Michael O'Brien",
            "Zoë Müller",
            "Алексей Зайцев",
            "Sophia Ramírez",
            "Мария Кузнецова",
            "James Whitaker",
            "Ольга Фёдорова",
            "Daniel Fischer"
        };
        openOffering(admin, offering);
        choose(admin, true, students);
        long batch = issue(admin);
        Http http = new Http();
        int[] seen;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            seen = counts(http.get("/admin/certificate-batch.xhtml?id=" + batch, "Cookie", admin.cookieHeader())
                    .body());
        } while (seen[0] == 0 && System.nanoTime() < deadline);
        assertTrue(seen[0] >= 1 && seen[3] >= 1, "caught half-way: " + seen[0] + " issued, " + seen[3] + " to do");

        PayaraServer.crashAndRestart();

        // the first sign-in after a start may take a while on a busy machine: once over plain HTTP, then a fresh
        // browser
        new Http().signIn(ADMIN, ADMIN_PASSWORD);
        admin.close();
        admin = Browser.open();
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        admin.go("/admin/certificate-batch.xhtml?id=" + batch);
        awaitFinished(admin, Duration.ofSeconds(120));
        int[] after = counts(admin.driver().getPageSource());
        assertEquals(students.length, after[0], "every student issued, in the first run or after the restart");
        assertEquals(0, after[1] + after[2]);
        // a message the crash caught mid-send stays claimed for two minutes (MailSender.CLAIM), then goes again:
        // the clock moves past the claim instead of the test waiting for it
        PayaraServer.advanceClock(Duration.ofMinutes(2).plusSeconds(5));
        try {
            for (String email : List.of(
                    "michael.obrien@demo.edu",
                    "zoe.muller@demo.edu",
                    "alexei.zaitsev@demo.edu",
                    "sophia.ramirez@demo.edu",
                    "maria.kuznetsova@demo.edu",
                    "james.whitaker@demo.edu",
                    "olga.fedorova@demo.edu",
                    "daniel.fischer@demo.edu")) {
                PayaraServer.mail().await(email, CertificateScreens::isCertificateMail, Duration.ofSeconds(60));
                // a mail the crash cut short may be sent again (the outbox delivers at least once), but every
                // mail a student got carries the one certificate issued to them
                assertEquals(
                        1,
                        certificateMails(email).stream()
                                .map(m -> serialIn(CertificateScreens.textOf(m)))
                                .distinct()
                                .count(),
                        () -> "one certificate mailed to " + email + ": " + describe(certificateMails(email)));
            }
        } finally {
            PayaraServer.resetClock();
        }
    }

    @Test
    @Order(5)
    void revokedVerifiesAsRevokedWithThePublicReasonAndAReissueSupersedes() {
        openOffering(admin, offering);
        choose(admin, false, "Grace Liu", "Николай Орлов");
        issue(admin);
        awaitFinished(admin, Duration.ofSeconds(60));
        Map<String, String> serials = issuedSerials(admin);
        String grace = serials.get("Grace Liu");
        String nikolai = serials.get("Николай Орлов");
        assertTrue(certificateMails("grace.liu@demo.edu").isEmpty(), "no e-mail unless ticked");

        openOffering(admin, offering);
        revoke("Grace Liu", "Issued by mistake (test)", "Ticket 17: wrong offering ticked");
        JsonObject revoked = json("/api/v1/certificates/" + grace);
        assertEquals("REVOKED", revoked.getString("status"));
        assertTrue(revoked.containsKey("revokedAt"));
        assertEquals("Issued by mistake (test)", revoked.getString("revocationReason"));
        assertFalse(revoked.toString().contains("Ticket 17"), "the internal note stays inside");
        try (Browser visitor = Browser.open()) {
            visitor.go("/verify/" + grace);
            assertEquals(Bundle.text("en", "verify.status.REVOKED"), visitor.text("#statusText"));
            assertTrue(visitor.find("#revoked").isDisplayed());
            String said = visitor.text("#revoked");
            assertTrue(said.contains(Bundle.text("en", "verify.revokedOn")), said);
            assertTrue(said.contains("Issued by mistake (test)"), said);
            assertTrue(said.matches("(?s).*20\\d\\d.*"), "with the date: " + said);
        }
        HttpResponse<String> verified = new Http().get("/verify/" + grace, "Accept-Language", "ru");
        assertTrue( // a stateless page: the visitor gets no session
                verified.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                verified.headers().allValues("Set-Cookie").toString());
        String russian = verified.body();
        assertTrue(russian.contains(Bundle.text("ru", "verify.revokedOn")), "the date's label in Russian");
        assertTrue(russian.contains(Bundle.text("ru", "verify.revokedReason") + ": Issued by mistake (test)"), russian);
        assertFalse(russian.contains("Ticket 17"));

        MimeMessage mail = PayaraServer.mail()
                .await(
                        "grace.liu@demo.edu",
                        m -> MailServer.subject(m).startsWith("Your certificate was revoked"),
                        Duration.ofSeconds(30));
        String body = CertificateScreens.textOf(mail);
        assertTrue(body.contains("Reason: Issued by mistake (test)"), body);
        assertTrue(body.contains(grace) && body.contains("/verify/" + grace), body);
        assertFalse(body.contains("Ticket 17"), "the internal note is not mailed: " + body);

        try (Browser student = Browser.open()) {
            student.signIn("grace.liu@demo.edu", "student-demo-3");
            student.go("/student/home.xhtml");
            String home = student.text("#certificates");
            assertTrue(home.contains("Revoked") && home.contains("Reason: Issued by mistake (test)"), home);
            assertTrue(home.contains(Bundle.text("en", "student.certificates.noneInForce")), home);
            assertTrue(
                    student.driver()
                            .findElements(By.cssSelector("#certificates .app-download"))
                            .isEmpty(),
                    "the revoked PDF is not offered");
            assertEquals(
                    404,
                    getAs(student, "/student/certificate.pdf?serial=" + grace).statusCode());

            openOffering(admin, offering);
            assertTrue(row(admin, "Grace Liu").getText().contains("Issued by mistake (test)"), "its history");
            String next = issueAnew("Grace Liu", grace);
            assertEquals("REVOKED", json("/api/v1/certificates/" + grace).getString("status"), "stays REVOKED");
            assertEquals("VALID", json("/api/v1/certificates/" + next).getString("status"));

            student.go("/student/home.xhtml");
            home = student.text("#certificates");
            assertTrue(home.contains(Bundle.text("en", "student.certificates.replacedBy", next)), home);
            assertEquals(
                    1,
                    student.driver()
                            .findElements(By.cssSelector("#certificates .app-download"))
                            .size(),
                    "only the new one is offered");
            assertEquals(
                    200,
                    getAs(student, "/student/certificate.pdf?serial=" + next).statusCode());
        }

        row(admin, "Николай Орлов").findElement(By.cssSelector(".app-reissue")).click();
        admin.find("#reissueForm\\:confirm").click();
        new org.openqa.selenium.support.ui.WebDriverWait(admin.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !currentSerial(admin, "Николай Орлов").equals(nikolai));
        String reissued = currentSerial(admin, "Николай Орлов");
        assertEquals("SUPERSEDED", json("/api/v1/certificates/" + nikolai).getString("status"));
        assertEquals("VALID", json("/api/v1/certificates/" + reissued).getString("status"));

        // a holder who reads Russian: the mail and the home page in Russian
        revoke("Николай Орлов", "Имя напечатано с ошибкой.", "заявка 18");
        MimeMessage russianMail = PayaraServer.mail()
                .await(
                        "nikolai.orlov@demo.edu",
                        m -> MailServer.subject(m).startsWith("Ваш сертификат отозван"),
                        Duration.ofSeconds(30));
        String russianBody = CertificateScreens.textOf(russianMail);
        assertTrue(russianBody.contains("Причина: Имя напечатано с ошибкой."), russianBody);
        assertFalse(russianBody.contains("заявка 18"), russianBody);
        try (Browser student = Browser.open()) {
            student.signIn("nikolai.orlov@demo.edu", "student-demo-3");
            student.go("/student/home.xhtml");
            String home = student.text("#certificates");
            assertTrue(home.contains("Отозван") && home.contains("Причина: Имя напечатано с ошибкой."), home);
            assertTrue(home.contains(Bundle.text("ru", "student.certificates.noneInForce")), home);
        }
    }

    /** Revokes the student's current certificate through the dialog, with a public reason and an internal note. */
    private static void revoke(String name, String publicReason, String note) {
        row(admin, name).findElement(By.cssSelector(".app-revoke")).click();
        admin.type("#revokeForm\\:publicReason", publicReason);
        admin.type("#revokeForm\\:note", note);
        admin.find("#revokeForm\\:confirm").click();
        new org.openqa.selenium.support.ui.WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> row(admin, name).getText().contains(Bundle.text("en", "CertificateStatus.REVOKED")));
    }

    /** Issues anew through the row's button and dialog; answers the new serial. */
    private static String issueAnew(String name, String revoked) {
        row(admin, name).findElement(By.cssSelector(".app-issue-anew")).click();
        admin.find("#reissueForm\\:confirm").click();
        new org.openqa.selenium.support.ui.WebDriverWait(admin.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !currentSerial(admin, name).equals(revoked));
        return currentSerial(admin, name);
    }

    @Test
    @Order(6)
    void aCyrillicNameComesBackFromThePdfAndStudentsAndAdminsDownload() throws IOException {
        openOffering(admin, offering);
        String serial = currentSerial(admin, "Анна Петрова");
        byte[] pdf = getAs(admin, "/admin/certificate.pdf?serial=" + serial).body();
        assertTrue(text(pdf).contains("Анна Петрова"), "text extraction gives the name back as written");
        assertTrue(SignatureVerifier.verify(pdf).intact());
        JsonObject json = json("/api/v1/certificates/" + serial);
        assertEquals("Анна Петрова", json.getString("holderName"));
        assertEquals(
                List.of("courseTitle", "holderName", "issuedAt", "serial", "status"),
                json.keySet().stream()
                        .filter(k -> List.of("serial", "holderName", "courseTitle", "issuedAt", "status")
                                .contains(k))
                        .sorted()
                        .toList());

        try (Browser student = Browser.open()) {
            student.signIn("student@demo.edu", "student-demo-1");
            student.go("/student/home.xhtml");
            assertTrue(student.text("#certificates").contains(serial));
            assertArrayEquals(
                    pdf,
                    getAs(student, "/student/certificate.pdf?serial=" + serial).body(),
                    "downloaded as issued");
            assertEquals(
                    404,
                    getAs(student, "/student/certificate.pdf?serial=" + currentSerial(admin, "Emily Carter"))
                            .statusCode(),
                    "someone else's certificate is as good as missing");
        }

        HttpResponse<byte[]> zip = getAs(admin, "/admin/certificates.zip?offering=" + offering);
        assertEquals(200, zip.statusCode());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
                assertTrue(SignatureVerifier.verify(in.readAllBytes()).intact(), entry.getName());
            }
        }
        assertTrue(names.contains("certificate-" + serial + ".pdf"), names.toString());
    }

    @Test
    @Order(7)
    void unknownAndMalformedSerialsAre404() {
        Http http = new Http();
        HttpResponse<String> unknown = http.get("/api/v1/certificates/2222-3333-4444");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, http.get("/verify/2222-3333-4444").statusCode());
        assertEquals(404, http.get("/verify/not-a-serial").statusCode());
        assertTrue(http.get("/openapi").body().contains("/api/v1/certificates/{serial}")
                || http.get("/openapi").body().contains("/v1/certificates/{serial}"));
    }

    @Test
    @Order(8)
    void hammeringTheVerifyEndpointsIsRateLimitedPerAddress() throws Exception {
        String response = "";
        for (int i = 0; i < 100 && !response.startsWith("HTTP/1.1 429"); i++) {
            response = getFrom("127.0.0.2", "/api/v1/certificates/2222-3333-4444");
        }
        assertTrue(response.startsWith("HTTP/1.1 429"), response);
        assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("retry-after:"), response);
        assertTrue(response.contains("application/problem+json"), response);
        String page = getFrom("127.0.0.2", "/verify/2222-3333-4444");
        assertTrue(page.startsWith("HTTP/1.1 429"), "the page shares the address's budget");
        assertTrue(page.contains(Bundle.text("en", "error.429.title")), page);
        assertNotEquals(
                429, new Http().get("/api/v1/certificates/2222-3333-4444").statusCode(), "other addresses go on");
    }

    /** A GET from another loopback address (the server sees it as another client); the raw response. */
    private static String getFrom(String localAddress, String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", PayaraServer.port()), 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Each mail's Message-ID, outbox row, serial and the start of its text: what a failure needs to be read. */
    private static String describe(List<jakarta.mail.internet.MimeMessage> mails) {
        return mails.stream()
                .map(m -> MailServer.header(m, "Message-ID") + " outbox " + MailServer.header(m, "X-Outbox-Id")
                        + " serial '" + serialIn(CertificateScreens.textOf(m)) + "' text: "
                        + CertificateScreens.textOf(m)
                                .substring(
                                        0,
                                        Math.min(
                                                300,
                                                CertificateScreens.textOf(m).length())))
                .toList()
                .toString();
    }

    private static String serialIn(String body) {
        java.util.regex.Matcher serial = java.util.regex.Pattern.compile(
                        "[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}")
                .matcher(body);
        return serial.find() ? serial.group() : "";
    }

    private static JsonObject json(String path) {
        HttpResponse<String> response = new Http().get(path);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}

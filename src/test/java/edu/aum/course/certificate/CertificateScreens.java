package edu.aum.course.certificate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Browser;
import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin's certificate screens as a test drives them, and what tests read from PDFs and mails. */
final class CertificateScreens {

    static final String ADMIN = "admin@demo.edu";
    static final String ADMIN_PASSWORD = "admin-demo-1";
    private static final Pattern COUNTS = Pattern.compile("(\\d+) issued, (\\d+) skipped, (\\d+) failed, (\\d+) to do");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private CertificateScreens() {}

    /** The demo's past offering: the one Павел Лебедев (only there) is enrolled in. */
    static long pastOffering(Browser admin) {
        admin.go("/admin/offerings.xhtml");
        admin.find("#offerings\\:table");
        Matcher links = Pattern.compile("certificates\\.xhtml\\?offering=(\\d+)")
                .matcher(admin.driver().getPageSource());
        List<Long> ids = new ArrayList<>();
        while (links.find()) {
            ids.add(Long.parseLong(links.group(1)));
        }
        for (long id : ids.stream().distinct().toList()) {
            openOffering(admin, id);
            if (admin.driver().getPageSource().contains("Павел Лебедев")) {
                return id;
            }
        }
        throw new AssertionError("no offering with the demo class");
    }

    static void openOffering(Browser admin, long offering) {
        admin.go("/admin/certificates.xhtml?offering=" + offering);
        admin.find("#summary");
        // the summary is counted after the page is shown: "23 enrolled, 18 eligible, 1 with a certificate."
        new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .withMessage("the summary's three counts arrive after the page")
                .until(d -> SUMMARY.matcher(d.findElement(By.id("summary")).getText())
                        .find());
    }

    private static final Pattern SUMMARY = Pattern.compile("\\d+\\D+\\d+\\D+\\d+");

    /** The student's row of the eligibility table, looked up afresh (ajax updates replace the rows). */
    static WebElement row(Browser admin, String name) {
        return new WebDriverWait(admin.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#choose\\:table tbody tr")).stream()
                        .filter(tr -> tr.findElements(By.cssSelector(".app-holder")).stream()
                                .anyMatch(h -> h.getText().equals(name)))
                        .findFirst()
                        .orElse(null));
    }

    /** Chooses exactly these students (and the e-mail box as asked). */
    static void choose(Browser admin, boolean mail, String... names) {
        admin.find("#choose\\:none").click();
        new WebDriverWait(admin.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#choose\\:table .ui-chkbox-box.ui-state-active"))
                        .isEmpty());
        for (String name : names) {
            row(admin, name).findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        WebElement mailBox = admin.find("#choose\\:mail .ui-chkbox-box");
        if (mailBox.getAttribute("class").contains("ui-state-active") != mail) {
            mailBox.click();
        }
    }

    /** Clicks "Issue certificates", confirms, and answers the batch page's id once it shows. */
    static long issue(Browser admin) {
        askToIssue(admin);
        admin.find(".ui-confirmdialog-yes").click();
        return batchPage(admin);
    }

    /** Clicks "Issue certificates" and waits for the confirmation. */
    static void askToIssue(Browser admin) {
        admin.find("#choose\\:issue").click();
        admin.find(".ui-confirmdialog-yes");
    }

    /** Says yes to the open confirmation without waiting for the next page (two admins at the same moment). */
    static void confirmNow(Browser admin) {
        ((org.openqa.selenium.JavascriptExecutor) admin.driver())
                .executeScript(
                        "setTimeout(function () { document.querySelector('.ui-confirmdialog-yes').click(); }, 0);");
    }

    /** Waits for the batch page after a confirmation; answers the batch's id. */
    static long batchPage(Browser admin) {
        new WebDriverWait(admin.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("certificate-batch"));
        admin.find("#batch\\:bar");
        return Long.parseLong(admin.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Waits on the batch page until it says Finished. */
    static void awaitFinished(Browser admin, Duration timeout) {
        String finished = Bundle.text("en", "BatchStatus.FINISHED");
        new WebDriverWait(admin.driver(), timeout)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> status = d.findElements(By.cssSelector(".app-batch-status"));
                    return !status.isEmpty() && status.get(0).getText().equals(finished);
                });
        // the items table is filled once the poll saw the end
        new WebDriverWait(admin.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#items\\:table .app-item-status")).stream()
                        .noneMatch(s -> s.getText().equals(Bundle.text("en", "ItemStatus.PENDING"))));
    }

    /** issued, skipped, failed, to do: as the batch page says them. */
    static int[] counts(String page) {
        Matcher matcher = COUNTS.matcher(page);
        assertTrue(matcher.find(), "no counts in the page");
        return new int[] {
            Integer.parseInt(matcher.group(1)),
            Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3)),
            Integer.parseInt(matcher.group(4))
        };
    }

    /** The serials of the batch page's issued items, by holder. */
    static Map<String, String> issuedSerials(Browser admin) {
        Map<String, String> serials = new LinkedHashMap<>();
        for (WebElement tr : admin.driver().findElements(By.cssSelector("#items\\:table tbody tr"))) {
            List<WebElement> serial = tr.findElements(By.cssSelector(".app-serial"));
            if (!serial.isEmpty()) {
                serials.put(
                        tr.findElements(By.tagName("td")).get(0).getText(),
                        serial.get(0).getText());
            }
        }
        return serials;
    }

    /** The current serial shown for a student on the offering's page; empty when none. */
    static String currentSerial(Browser admin, String name) {
        List<WebElement> serial = row(admin, name).findElements(By.cssSelector(".app-serial"));
        return serial.isEmpty() ? "" : serial.get(0).getText();
    }

    /** GET with the browser's session (for PDFs and ZIPs, which the browser would download). */
    static HttpResponse<byte[]> getAs(Browser browser, String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(PayaraServer.url(path)))
                            .header("Cookie", browser.cookieHeader())
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    /** The text of a mail, also when files are attached (the first part). */
    static String textOf(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof Multipart multipart
                    ? String.valueOf(multipart.getBodyPart(0).getContent())
                    : String.valueOf(content);
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PDF attachments of a mail. */
    /**
     * The certificate mails a demo student got (those with a PDF attached): the demo's history also mailed them
     * receipts and released results of last year's essays.
     */
    static List<MimeMessage> certificateMails(String email) {
        return PayaraServer.mail().messagesTo(email).stream()
                .filter(CertificateScreens::isCertificateMail)
                .toList();
    }

    static boolean isCertificateMail(MimeMessage message) {
        return !pdfAttachments(message).isEmpty();
    }

    static List<byte[]> pdfAttachments(MimeMessage message) {
        try {
            List<byte[]> pdfs = new ArrayList<>();
            if (message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                            && part.getContentType().startsWith("application/pdf")) {
                        try (InputStream in = part.getInputStream()) {
                            pdfs.add(in.readAllBytes());
                        }
                    }
                }
            }
            return pdfs;
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Http http() {
        return new Http();
    }
}

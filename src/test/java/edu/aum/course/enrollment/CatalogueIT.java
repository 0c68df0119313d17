package edu.aum.course.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.testsupport.Bundle;
import edu.aum.course.testsupport.Http;
import edu.aum.course.testsupport.PayaraServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public catalogue, without signing in, in both languages. */
@ExtendWith(PayaraServer.class)
class CatalogueIT {

    @Test
    void theCatalogueListsTheOpenSeedOfferingInEnglish() {
        var response = new Http().get("/catalogue.xhtml", "Accept-Language", "en");

        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<h1 id=\"pageTitle\">" + Bundle.text("en", "catalogue.title") + "</h1>"), page);
        assertTrue(page.contains("U.S.-Russia Relations"), page);
        assertEquals(1, occurrences(page, ">USRR-101<"), "only the open offering of the seed course, not the past one");
        assertTrue(page.contains("/student/enroll.xhtml?offering="), page);
    }

    @Test
    void theCatalogueListsTheOpenSeedOfferingInRussian() {
        var response = new Http().get("/catalogue.xhtml", "Cookie", "lang=ru");

        String page = response.body();
        assertTrue(page.contains("<h1 id=\"pageTitle\">" + Bundle.text("ru", "catalogue.title") + "</h1>"), page);
        assertTrue(page.contains("Российско-американские отношения"), page);
        assertTrue(page.contains("Раз в две недели вы пишете эссе"), page);
        assertTrue(page.contains(Bundle.text("ru", "catalogue.enroll")), page);
    }

    @Test
    void enrollingAsksAnonymousVisitorsToSignIn() {
        var response = new Http().get("/student/enroll.xhtml?offering=1");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void theStartPageLinksToTheCatalogue() {
        String page = new Http().get("/", "Accept-Language", "en").body();

        assertTrue(page.contains("/catalogue.xhtml"), page);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}

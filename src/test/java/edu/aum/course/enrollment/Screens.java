package edu.aum.course.enrollment;

import edu.aum.course.testsupport.Browser;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the enrollment tests do through the screens, as an administrator or a student would. */
final class Screens {

    static final String ADMIN = "admin@demo.edu";
    static final String ADMIN_PASSWORD = "admin-demo-1";
    static final String ANNA = "student@demo.edu";
    static final String ANNA_PASSWORD = "student-demo-1";
    static final String IVAN = "student2@demo.edu";
    static final String IVAN_PASSWORD = "student-demo-2";

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    private Screens() {}

    /** A name no other test uses, for data a test creates. */
    static String unique(String prefix) {
        return prefix
                + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase()
                + SERIAL.incrementAndGet();
    }

    static void signInAs(Browser browser, String email, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(email, password);
    }

    /** An administrator creates a course and one offering of it; answers the offering's id. */
    static long createOffering(Browser browser, LocalDate opens, LocalDate closes, Integer capacity) {
        signInAs(browser, ADMIN, ADMIN_PASSWORD);
        String code = unique("IT-");
        browser.go("/admin/course.xhtml");
        browser.type("#course\\:code", code);
        browser.type("#course\\:titleEn", "Test course " + code);
        browser.type("#course\\:titleRu", "Тестовый курс " + code);
        browser.type("#course\\:descriptionEn", "A course the integration tests create.");
        browser.type("#course\\:descriptionRu", "Курс, который создают интеграционные тесты.");
        browser.clickAndWait("#course\\:save");
        browser.clickAndWait("#course\\:newOffering");
        browser.type("#offering\\:startsOn_input", closes.plusDays(1).toString());
        browser.type("#offering\\:endsOn_input", closes.plusDays(60).toString());
        browser.type("#offering\\:opensOn_input", opens.toString());
        browser.type("#offering\\:closesOn_input", closes.toString());
        if (capacity != null) {
            browser.type("#offering\\:capacity", capacity.toString());
        }
        browser.clickAndWait("#offering\\:save");
        Matcher id = ID.matcher(browser.driver().getCurrentUrl());
        if (!id.find()) {
            throw new AssertionError(
                    "The offering was not saved: " + browser.driver().getPageSource());
        }
        return Long.parseLong(id.group(1));
    }

    /** On the enroll page: names a university that is not in the list, in Russia, and enrolls. */
    static void enrollNaming(Browser browser, String university, String studentNumber) {
        browser.type("#enroll\\:otherName", university);
        browser.find("label[for='enroll:otherCountry:1']").click();
        browser.type("#enroll\\:studentNumber", studentNumber);
        browser.clickAndWait("#enroll\\:submit");
    }
}

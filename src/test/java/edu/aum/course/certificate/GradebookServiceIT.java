package edu.aum.course.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.certificate.control.EligibilityFilter;
import edu.aum.course.certificate.control.GradebookRow;
import edu.aum.course.certificate.control.GradebookService;
import edu.aum.course.certificate.control.GradebookSort;
import edu.aum.course.certificate.control.StandingFilter;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.testsupport.SqlCount;
import edu.aum.course.university.api.HomeUniversity;
import edu.aum.course.university.api.University;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The gradebook on the real schema: each student's essays by assignment with state, score and result, the released
 * scores added up and the certificate standing; paged, filtered and sorted in SQL at a constant number of queries;
 * only for the offering's team and the admins; and its CSV and XLSX files read back.
 */
class GradebookServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    GradebookService gradebook;
    University university;
    Account marker;
    Offering offering;
    Assignment first;
    Assignment second;

    @BeforeEach
    void anOfferingOfTwoEssaysThatRequiresBoth() {
        gradebook = tier.service(GradebookService.class);
        university = data.university(false);
        marker = data.instructor("Mark Marker");
        offering = data.offering(null, 2);
        data.teach(offering, marker);
        first = data.assignment(offering, true);
        second = data.assignment(offering, true);
    }

    @Test
    void eachStudentsEssaysTotalAndStandingByName() {
        Enrollment anna = student("Anna Able", Map.of(first, "30", second, "25"), Map.of());
        Enrollment boris = student("Boris Bold", Map.of(first, "30"), Map.of(second, "10"));
        Enrollment clara = student("Clara Calm", Map.of(first, "20"), Map.of());
        data.submit(clara.getStudent(), second, 50); // in the queue, not released
        Enrollment dmitry = student("Dmitry Dull", Map.of(), Map.of());
        data.enroll(data.student("Otto Elsewhere"), data.offering(null, 2), university);

        List<GradebookRow> rows = gradebook.page(marker.getId(), offering.getId(), null, GradebookSort.NAME_ASC, 0, 50);

        assertEquals(
                List.of(anna.getId(), boris.getId(), clara.getId(), dmitry.getId()),
                rows.stream().map(GradebookRow::enrollmentId).toList(),
                "the offering's students by name, and only those");
        assertEquals(4, gradebook.count(marker.getId(), offering.getId(), null));
        GradebookRow a = rows.get(0);
        assertEquals(SubmissionStatus.RELEASED, a.cell(first.getId()).status());
        assertEquals(0, new BigDecimal("25").compareTo(a.cell(second.getId()).scoreOrNull()));
        assertEquals(SubmissionResult.PASS, a.cell(second.getId()).resultOrNull());
        assertEquals(0, new BigDecimal("55").compareTo(a.total()));
        assertTrue(a.standing().eligible());
        GradebookRow b = rows.get(1);
        assertEquals(SubmissionResult.FAIL, b.cell(second.getId()).resultOrNull());
        assertEquals(0, new BigDecimal("40").compareTo(b.total()), "a failed essay's score counts in the total");
        assertEquals(1, b.standing().tally().passed());
        assertTrue(!b.standing().eligible());
        GradebookRow c = rows.get(2);
        assertEquals(SubmissionStatus.SUBMITTED, c.cell(second.getId()).status());
        assertNull(c.cell(second.getId()).scoreOrNull(), "no score before release");
        assertEquals(0, new BigDecimal("20").compareTo(c.total()));
        assertNull(rows.get(3).cell(first.getId()), "no essay begun");
        assertEquals(0, BigDecimal.ZERO.compareTo(rows.get(3).total()));
    }

    @Test
    void pagedFilteredAndSortedInTheDatabase() {
        Enrollment anna = student("Anna Able", Map.of(first, "10"), Map.of());
        Enrollment boris = student("Boris Bold", Map.of(first, "30", second, "30"), Map.of());
        Enrollment clara = student("Clara Calm", Map.of(first, "20"), Map.of());
        long o = offering.getId();
        long m = marker.getId();

        assertEquals(
                List.of(anna.getId(), boris.getId()), ids(gradebook.page(m, o, null, GradebookSort.NAME_ASC, 0, 2)));
        assertEquals(List.of(clara.getId()), ids(gradebook.page(m, o, null, GradebookSort.NAME_ASC, 2, 2)));
        assertEquals(
                List.of(clara.getId(), boris.getId(), anna.getId()),
                ids(gradebook.page(m, o, null, GradebookSort.NAME_DESC, 0, 50)));
        assertEquals(
                List.of(boris.getId(), clara.getId(), anna.getId()),
                ids(gradebook.page(m, o, null, GradebookSort.TOTAL_DESC, 0, 50)));
        assertEquals(
                List.of(anna.getId(), clara.getId(), boris.getId()),
                ids(gradebook.page(m, o, null, GradebookSort.TOTAL_ASC, 0, 50)));
        assertEquals(List.of(boris.getId()), ids(gradebook.page(m, o, text("BOLD"), GradebookSort.NAME_ASC, 0, 50)));
        assertEquals(1, gradebook.count(m, o, text("bold")));
        assertEquals(0, gradebook.count(m, o, text("50%")), "the text is no pattern");
    }

    @Test
    void filteredByStandingInTheDatabase() throws Exception {
        Enrollment anna = student("Anna Able", Map.of(first, "30", second, "30"), Map.of());
        Enrollment boris = student("Boris Bold", Map.of(first, "30"), Map.of(second, "10"));
        Enrollment clara = student("Clara Calm", Map.of(), Map.of());
        Enrollment alan = student("Alan Alder", Map.of(first, "20", second, "20"), Map.of());
        long o = offering.getId();
        long m = marker.getId();

        assertEquals(
                List.of(alan.getId(), anna.getId()),
                ids(gradebook.page(m, o, standing(null, StandingFilter.ISSUABLE), GradebookSort.NAME_ASC, 0, 50)));
        assertEquals(
                List.of(boris.getId(), clara.getId()),
                ids(gradebook.page(m, o, standing(null, StandingFilter.NOT_ELIGIBLE), GradebookSort.NAME_ASC, 0, 50)));
        assertEquals(2, gradebook.count(m, o, standing(null, StandingFilter.NOT_ELIGIBLE)));
        assertEquals(
                List.of(anna.getId()),
                ids(gradebook.page(m, o, standing("ann", StandingFilter.ISSUABLE), GradebookSort.TOTAL_DESC, 0, 50)),
                "the text and the standing together");
        assertEquals(0, gradebook.count(m, o, standing(null, StandingFilter.CERTIFIED)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        gradebook.writeCsv(m, o, standing(null, StandingFilter.NOT_ELIGIBLE), GradebookSort.NAME_ASC, Language.EN, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), "the export filters the same way");
        assertTrue(lines.get(1).startsWith("Boris Bold,") && lines.get(2).startsWith("Clara Calm,"), lines.toString());
    }

    @Test
    void onlyTheTeamAndTheAdminsSeeIt() {
        student("Anna Able", Map.of(first, "10"), Map.of());
        Account stranger = data.instructor("Stella Stranger");
        Account admin = data.admin("Ada Admin");
        long o = offering.getId();

        assertTrue(gradebook.find(stranger.getId(), o).isEmpty());
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> gradebook.page(stranger.getId(), o, null, GradebookSort.NAME_ASC, 0, 50));
        assertEquals("offering.notFound", refused.getMessage());
        assertThrows(BusinessException.class, () -> gradebook.count(stranger.getId(), o, null));
        assertEquals(
                1,
                gradebook
                        .page(admin.getId(), o, null, GradebookSort.NAME_ASC, 0, 50)
                        .size());
    }

    @Test
    void aPageCostsTheSameQueriesForThreeStudentsAsForFifteen() {
        for (int i = 0; i < 3; i++) {
            student("Student " + (char) ('A' + i), Map.of(first, "30"), Map.of());
        }
        int three = statementsOfAPage(3);
        for (int i = 3; i < 15; i++) {
            student("Student " + (char) ('A' + i), Map.of(first, "30", second, "30"), Map.of());
        }
        int fifteen = statementsOfAPage(15);
        assertEquals(three, fifteen, "no query per student or cell: " + three + " for 3, " + fifteen + " for 15");
    }

    @Test
    void theCsvHasAByteOrderMarkQuotesAndNoFormulas() throws Exception {
        student("Anna Able", Map.of(first, "30", second, "25"), Map.of());
        tier.service(EnrollmentService.class)
                .enroll(
                        data.student("Bob Brown").getId(),
                        offering.getId(),
                        new HomeUniversity(university.getId(), null, null),
                        "=1+2"); // a formula in the student number a student types
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        gradebook.writeCsv(marker.getId(), offering.getId(), null, GradebookSort.NAME_ASC, Language.RU, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFСтудент,Почта,Номер студента,"), csv);
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(1).startsWith("Anna Able,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Bob Brown,"), lines.get(2));
        assertTrue(lines.get(2).contains(",\"'=1+2\","), "neutralized and quoted: " + lines.get(2));
        assertTrue(lines.get(1).contains(",Результат опубликован,30.00,Зачтено,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",55.00,2,Может получить"), lines.get(1));
    }

    @Test
    void theXlsxReadsBackWithNumbersAsNumbers() throws Exception {
        student("Anna Able", Map.of(first, "30", second, "25"), Map.of());
        student("Boris Bold", Map.of(), Map.of(first, "12.5"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        gradebook.writeXlsx(marker.getId(), offering.getId(), null, GradebookSort.TOTAL_ASC, Language.EN, out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals("Student", rows.get(0).getCellText(0));
            assertEquals(first.getTitleEn() + ": score", rows.get(0).getCellText(4));
            assertEquals("Total", rows.get(0).getCellText(9));
            Row boris = rows.get(1);
            assertEquals("Boris Bold", boris.getCellText(0));
            assertEquals("Released", boris.getCellText(3));
            assertEquals(CellType.NUMBER, boris.getCell(4).getType());
            assertEquals(
                    0, new BigDecimal("12.5").compareTo(boris.getCellAsNumber(4).orElseThrow()));
            assertEquals("Fail", boris.getCellText(5));
            assertEquals("Not eligible", boris.getCellText(11));
            Row anna = rows.get(2);
            assertEquals(
                    0, new BigDecimal("55").compareTo(anna.getCellAsNumber(9).orElseThrow()));
            assertEquals(
                    0, new BigDecimal("2").compareTo(anna.getCellAsNumber(10).orElseThrow()));
            assertEquals("Eligible", anna.getCellText(11));
        }
    }

    @Test
    void theEssaysZipNamesFilesByCodeWhileBlindMarkingHidesTheWriter() throws Exception {
        tier.service(RubricService.class)
                .saveSettings(marker.getId(), second.getId(), 0, new BigDecimal("20"), true, null);
        Account anna = data.student("Anna Able");
        data.enroll(anna, offering, university);
        Review open = data.submit(anna, first, 50);
        byte[] uploaded = ("Anna Able wrote this. " + "word ".repeat(60)).getBytes(StandardCharsets.UTF_8);
        tier.service(SubmissionService.class)
                .draftFromFile(anna.getId(), second.getId(), "Anna Able final.TXT", "text/plain", uploaded);
        Review blind = data.submit(anna, second, 50);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        gradebook.writeEssays(marker.getId(), second, Language.EN, out);
        Map<String, String> hidden = unzip(out.toByteArray());
        out.reset();
        gradebook.writeEssays(marker.getId(), first, Language.EN, out);
        Map<String, String> named = unzip(out.toByteArray());

        String code = blind.getCode();
        assertEquals(
                List.of(code + ".html", code + ".original.txt"),
                List.copyOf(hidden.keySet()),
                "no name while blind and unreleased, nor the uploaded file's own name");
        assertEquals(
                new String(uploaded, StandardCharsets.UTF_8),
                hidden.get(code + ".original.txt"),
                "the uploaded original as it came");
        assertTrue(!hidden.get(code + ".html").contains("Anna"), "nor inside the file");
        assertTrue(hidden.get(code + ".html")
                .contains(blind.getSubmission().latest().orElseThrow().getHtml()));
        assertEquals(List.of("Anna Able " + open.getCode() + ".html"), List.copyOf(named.keySet()));
        Account stranger = data.instructor("Stella Stranger");
        assertThrows(
                BusinessException.class,
                () -> gradebook.writeEssays(stranger.getId(), first, Language.EN, new ByteArrayOutputStream()));
    }

    private static Map<String, String> unzip(byte[] zip) throws java.io.IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private int statementsOfAPage(int size) {
        tier.em().flush();
        tier.em().clear();
        var counted = SqlCount.of(() ->
                gradebook.page(marker.getId(), offering.getId(), null, GradebookSort.TOTAL_DESC, 0, 50).stream()
                        .map(r -> r.standing().enrollment().getStudent().getFullName()
                                + r.cell(first.getId()).status()
                                + r.total()
                                + r.standing().eligible())
                        .toList());
        assertEquals(size, counted.answer().size());
        return counted.statements();
    }

    private Enrollment student(String name, Map<Assignment, String> passed, Map<Assignment, String> failed) {
        Account student = data.student(name);
        Enrollment enrollment = data.enroll(student, offering, university);
        passed.forEach((assignment, score) -> release(student, assignment, score, SubmissionResult.PASS));
        failed.forEach((assignment, score) -> release(student, assignment, score, SubmissionResult.FAIL));
        return enrollment;
    }

    private void release(Account student, Assignment assignment, String score, SubmissionResult result) {
        Review review = data.submit(student, assignment, 50);
        data.release(marker, review, score, result);
    }

    private static EligibilityFilter text(String text) {
        return new EligibilityFilter(text, StandingFilter.ALL);
    }

    private static EligibilityFilter standing(String text, StandingFilter standing) {
        return new EligibilityFilter(text, standing);
    }

    private static List<Long> ids(List<GradebookRow> rows) {
        return rows.stream().map(GradebookRow::enrollmentId).toList();
    }
}

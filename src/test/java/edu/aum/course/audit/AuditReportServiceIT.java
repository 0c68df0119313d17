package edu.aum.course.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.audit.control.AuditLine;
import edu.aum.course.audit.control.AuditReport;
import edu.aum.course.audit.control.AuditSearch;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.EssayHistory;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.platform.audit.AuditEntry;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit log as the admin reads it, on the real schema: an offering's filter finds its essays, reviews and team
 * and nothing of another offering; an essay's finds it and its reviews; a person's finds what they did, an unknown
 * e-mail nothing; days and kinds narrow it; pages come newest first without overlap; the CSV holds the same lines
 * (BOM, quoting, formulas neutralized) across more than one of its pages; and the marking page's history hides a
 * blind essay's student. The database may hold other entries: every search here is within this test's offering.
 */
class AuditReportServiceIT {

    static final ZoneId UTC = ZoneOffset.UTC;

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    AuditReport report;
    Offering offering;
    Offering other;
    Account student;
    Account marker;
    Review review;
    Review otherReview;

    @BeforeEach
    void setUp() {
        report = tier.service(AuditReport.class);
        offering = data.offering(null, 1);
        other = data.offering(null, 1);
        marker = data.instructor("Mark Marker", offering, other);
        student = data.student("Анна Аудитова");
        data.enroll(student, offering, data.university(true));
        data.enroll(student, other, data.university(true));
        Assignment assignment = data.assignment(offering, true);
        Assignment otherAssignment = data.assignment(other, true);
        review = data.submit(student, assignment, 10);
        otherReview = data.submit(student, otherAssignment, 10);
        tier.clock().advance(Duration.ofDays(2));
        data.release(marker, review, "30", SubmissionResult.PASS);
        tier.em().flush();
    }

    private AuditSearch inOffering() {
        return new AuditSearch(null, offering.getId(), null, null, null, null, null);
    }

    private List<AuditEntry> all(AuditSearch search) {
        return report.page(search, UTC, 0, 1000).stream().map(AuditLine::entry).toList();
    }

    private static Set<String> subjects(List<AuditEntry> entries) {
        return entries.stream()
                .map(e -> e.getSubjectType() + " " + e.getSubjectId())
                .collect(Collectors.toSet());
    }

    @Test
    void anOfferingsFilterFindsItsEssaysReviewsAndTeamAndNothingOfAnother() {
        Set<String> found = subjects(all(inOffering()));

        assertEquals(
                Set.of(
                        "Offering " + offering.getId(),
                        "Submission " + review.getSubmission().getId(),
                        "Review " + review.getId()),
                found);
        assertEquals(3 + 3, report.count(inOffering(), UTC), "team; submitted, in marking, ready, released; claimed");
        assertTrue(subjects(all(new AuditSearch(null, other.getId(), null, null, null, null, null)))
                .contains("Submission " + otherReview.getSubmission().getId()));
    }

    @Test
    void anEssaysFilterFindsItAndItsReviewsOnly() {
        AuditSearch essay = new AuditSearch(null, null, review.getSubmission().getId(), null, null, null, null);

        assertEquals(
                Set.of("Submission " + review.getSubmission().getId(), "Review " + review.getId()),
                subjects(all(essay)));
    }

    @Test
    void aPersonsFilterFindsWhatTheyDidAndAnUnknownEmailNothing() {
        List<AuditLine> byStudent = report.page(
                new AuditSearch(student.getEmail(), offering.getId(), null, null, null, null, null), UTC, 0, 100);

        assertEquals(1, byStudent.size(), "the student submitted; the rest the marker and the admin did");
        assertEquals("Анна Аудитова", byStudent.get(0).actorName());
        assertEquals("SUBMITTED", byStudent.get(0).entry().getToState());
        AuditSearch nobody =
                new AuditSearch("nobody-" + data.unique("") + "@x.test", null, null, null, null, null, null);
        assertEquals(0, report.count(nobody, UTC));
        assertTrue(report.namesNobody(nobody));
        assertFalse(report.namesNobody(inOffering()));
    }

    @Test
    void daysAndKindsNarrowTheSearch() {
        LocalDate released = LocalDate.ofInstant(tier.clock().instant(), UTC);
        AuditSearch since = new AuditSearch(null, offering.getId(), null, null, null, released, null);
        AuditSearch before = new AuditSearch(null, offering.getId(), null, null, null, null, released.minusDays(1));
        AuditSearch reviews = new AuditSearch(null, offering.getId(), null, null, "Review", null, null);

        assertEquals(4, report.count(since, UTC), "claimed, in marking, ready, released: two days after the rest");
        assertEquals(2, report.count(before, UTC), "the team and the submission");
        assertEquals(Set.of("Review " + review.getId()), subjects(all(reviews)));
        assertEquals(
                0,
                report.count(new AuditSearch(null, offering.getId(), null, "NO-SUCH-SERIAL", null, null, null), UTC),
                "a serial of no certificate");
    }

    @Test
    void pagesComeNewestFirstWithoutOverlap() {
        List<AuditEntry> first = report.page(inOffering(), UTC, 0, 4).stream()
                .map(AuditLine::entry)
                .toList();
        List<AuditEntry> second = report.page(inOffering(), UTC, 4, 4).stream()
                .map(AuditLine::entry)
                .toList();

        assertEquals(4, first.size());
        assertEquals(2, second.size());
        assertTrue(first.get(0).getOccurredAt().compareTo(second.get(1).getOccurredAt()) > 0);
        assertTrue(first.stream().noneMatch(second::contains));
        assertEquals("TEAM", second.get(second.size() - 1).getAction(), "the oldest: the team came first");
    }

    @Test
    void theCsvHoldsTheLinesQuotedAndNeutralizedAcrossItsPages() throws Exception {
        AuditLog log = tier.service(AuditLog.class);
        for (int i = 0; i < 501; i++) {
            log.record(data.setUp().getId(), "Offering", offering.getId(), "NOTE", null, null, "note " + i);
        }
        log.record(data.setUp().getId(), "Offering", offering.getId(), "NOTE", null, null, "=HYPERLINK(\"x\"), Анна");
        tier.em().flush();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        report.export(inOffering(), UTC, out);

        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "a byte order mark for Excel");
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = csv.split("\r\n");
        assertEquals(
                "id,occurred_at,actor_email,actor_name,subject_type,subject_id,action,from_state,to_state,detail",
                lines[0]);
        assertEquals(1 + 6 + 502, lines.length, "every line, over two of the export's pages");
        String formula = java.util.Arrays.stream(lines)
                .filter(line -> line.contains("HYPERLINK"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                formula.endsWith(",Offering," + offering.getId() + ",NOTE,,,\"'=HYPERLINK(\"\"x\"\"), Анна\""),
                formula);
        assertTrue(csv.contains(",Анна Аудитова,Submission,"), "the student, by name");
    }

    @Test
    void theMarkingPagesHistoryIsInTimeOrderAndHidesABlindEssaysStudent() {
        EssayHistory history = tier.service(EssayHistory.class);
        Review blind = data.submit(student, blindAssignment(), 10);

        List<EssayHistory.Event> open = history.of(marker.getId(), review.getId());
        List<EssayHistory.Event> hidden = history.of(marker.getId(), blind.getId());

        assertEquals("SUBMITTED", open.get(0).entry().getToState());
        assertEquals("Анна Аудитова", open.get(0).getWho());
        assertEquals("RELEASED", open.get(open.size() - 1).entry().getToState());
        assertEquals("Mark Marker", open.get(open.size() - 1).getWho());
        assertTrue(hidden.get(0).isByStudent());
        assertEquals(null, hidden.get(0).getWho(), "blind: the student is not named");
    }

    private Assignment blindAssignment() {
        Assignment assignment = data.assignment(offering, false);
        tier.service(RubricService.class)
                .saveSettings(data.setUp().getId(), assignment.getId(), 0, new BigDecimal("20"), true, null);
        return assignment;
    }
}

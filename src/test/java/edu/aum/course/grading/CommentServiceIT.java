package edu.aum.course.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.EssaySubmitted;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.grading.api.InlineComments;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.CommentBankService;
import edu.aum.course.grading.control.CommentService;
import edu.aum.course.grading.control.Intake;
import edu.aum.course.grading.control.QueueService;
import edu.aum.course.grading.control.ReleaseService;
import edu.aum.course.grading.control.StudentResult;
import edu.aum.course.grading.entity.BankComment;
import edu.aum.course.grading.entity.CommentLanguage;
import edu.aum.course.grading.entity.InlineComment;
import edu.aum.course.partner.control.EssayLine;
import edu.aum.course.partner.control.PartnerAccess;
import edu.aum.course.partner.control.PartnerEnrollmentService;
import edu.aum.course.partner.control.Scope;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.audit.AuditEntry;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.university.api.University;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The rules of inline comments and the comment bank on the real schema: the marker comments on a passage across a
 * bold word; comments change until release and not after; the student sees them only once released, and only on
 * their own essay; a team-mate who is not the marker, and an instructor off the team, are refused; a stale edit is
 * refused; the audit names no student; each instructor's bank is their own, per course; partner staff read the
 * released comments' words, never their passages, only when the student shares grades.
 */
class CommentServiceIT {

    static final String ESSAY = "<p>In 1867 Russia sold Alaska after the <strong>Crimean War</strong> had emptied the"
            + " treasury.</p><p>Many called it &quot;Seward's folly&quot;.</p>";
    /** The text content of ESSAY, as the browser's textContent gives it. */
    static final String TEXT =
            "In 1867 Russia sold Alaska after the Crimean War had emptied the treasury.Many called it \"Seward's folly\".";

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    CommentService comments;
    CommentBankService bank;
    ReleaseService releases;
    Offering offering;
    Assignment assignment;
    Account marker;
    Account teamMate;
    Account outsider;
    Account student;
    Account otherStudent;
    Review review;
    University university;

    @BeforeEach
    void anEssayInMarking() {
        comments = tier.service(CommentService.class);
        bank = tier.service(CommentBankService.class);
        releases = tier.service(ReleaseService.class);
        university = data.university(true);
        offering = data.offering(null, 1);
        assignment = data.assignment(offering, true);
        marker = data.instructor("Mark Marker", offering);
        teamMate = data.instructor("Tina Teammate", offering);
        outsider = data.instructor("Otto Outsider", data.offering(null, 1));
        student = data.student("Sofia Studentova");
        otherStudent = data.student("Oleg Other");
        data.enroll(student, offering, university);
        data.enroll(otherStudent, offering, university);
        review = submit(student, assignment, ESSAY);
        tier.service(QueueService.class).claim(marker.getId(), review.getId());
    }

    @Test
    void theMarkerCommentsOnAPassageAcrossABoldWord() {
        assertEquals(
                TEXT.length(),
                edu.aum.course.grading.entity.Passage.textOf(ESSAY).length());
        InlineComment comment = across(marker, "after the Crimean War had", "Which war, and why did it matter?");

        assertEquals(TEXT.indexOf("after the Crimean War had"), comment.getStart());
        assertEquals("after the Crimean War had", comment.getQuote());
        assertEquals(List.of(comment.getId()), ids(comments.onReview(marker.getId(), review.getId())));
        assertEquals(
                List.of(comment.getId()),
                ids(comments.onReview(teamMate.getId(), review.getId())),
                "the teaching team reads them");
    }

    @Test
    void aDriftedOffsetIsAnchoredAgainAndAQuoteNotInTheTextIsRefused() {
        int at = TEXT.indexOf("Seward's folly");
        InlineComment drifted =
                comments.add(marker.getId(), review.getId(), at + 3, at + 17, "Seward's folly", "Whose words?");
        assertEquals(at, drifted.getStart());
        assertRefused(
                "grading.comment.passageNotFound",
                () -> comments.add(marker.getId(), review.getId(), 0, 5, "Yalta", "Not in this essay."));
        assertRefused(
                "grading.comment.textRequired",
                () -> comments.add(marker.getId(), review.getId(), 0, 7, "In 1867", "  "));
    }

    @Test
    void theStudentSeesTheCommentsOnlyOnceReleasedAndOnlyTheirOwn() {
        InlineComment comment = across(marker, "Crimean War", "Name the treaty that ended it.");
        decide();
        assertEquals(Optional.empty(), releases.forStudent(student.getId(), assignment.getId()), "not released yet");
        assertTrue(tier.service(InlineComments.class)
                .releasedOf(review.getSubmission().getEnrollment().getId())
                .isEmpty());

        releases.release(marker.getId(), review.getId());
        StudentResult result =
                releases.forStudent(student.getId(), assignment.getId()).orElseThrow();
        assertEquals(List.of(comment.getId()), ids(result.getComments()));
        assertEquals("Crimean War", result.getComments().get(0).getQuote());
        assertEquals(
                Optional.empty(),
                releases.forStudent(otherStudent.getId(), assignment.getId()),
                "another student of the offering has no result of theirs, and never this one");
        assertEquals(
                List.of("Name the treaty that ended it."),
                tier.service(InlineComments.class)
                        .releasedOf(review.getSubmission().getEnrollment().getId())
                        .get(review.getSubmission().getId()));
    }

    @Test
    void commentsChangeUntilReleaseAndNotAfter() {
        InlineComment first = across(marker, "In 1867", "A date is good.");
        InlineComment second = across(marker, "emptied the treasury", "How much was owed?");
        comments.edit(marker.getId(), first.getId(), first.getVersion(), "A precise date is good.");
        comments.delete(marker.getId(), second.getId(), second.getVersion());
        assertEquals(List.of("A precise date is good."), texts(comments.onReview(marker.getId(), review.getId())));

        decide(); // ready for release: still open to comments
        InlineComment third = across(marker, "Seward's folly", "Who said it first?");
        comments.edit(marker.getId(), third.getId(), third.getVersion(), "Who said it first, and when?");

        releases.release(marker.getId(), review.getId());
        assertRefused("grading.comment.released", () -> across(marker, "Many called it", "Too late for this one."));
        assertRefused(
                "grading.comment.released",
                () -> comments.edit(marker.getId(), first.getId(), first.getVersion(), "Changed after release."));
        assertRefused(
                "grading.comment.released", () -> comments.delete(marker.getId(), first.getId(), first.getVersion()));
        assertEquals(2, comments.onReview(marker.getId(), review.getId()).size());
    }

    @Test
    void aTeamMateWhoIsNotTheMarkerAndAnInstructorOffTheTeamAreRefused() {
        InlineComment comment = across(marker, "In 1867", "A date is good.");
        assertRefused("grading.notYours", () -> across(teamMate, "Crimean War", "Mine too."));
        assertRefused(
                "grading.notYours",
                () -> comments.edit(teamMate.getId(), comment.getId(), comment.getVersion(), "Overwritten."));
        assertRefused("grading.notFound", () -> across(outsider, "Crimean War", "Not my offering."));
        assertRefused("grading.notFound", () -> comments.onReview(outsider.getId(), review.getId()));
        assertRefused(
                "grading.notFound", () -> comments.delete(outsider.getId(), comment.getId(), comment.getVersion()));
        assertRefused("grading.notStaff", () -> comments.onReview(student.getId(), review.getId()));
        assertEquals(List.of("A date is good."), texts(comments.onReview(marker.getId(), review.getId())));
    }

    @Test
    void aStaleEditOrAnEditOfADeletedCommentIsRefused() {
        InlineComment comment = across(marker, "In 1867", "A date is good.");
        long loaded = comment.getVersion();
        comments.edit(marker.getId(), comment.getId(), loaded, "First edit.");
        tier.em().flush();
        assertRefused(
                "common.concurrentEdit", () -> comments.edit(marker.getId(), comment.getId(), loaded, "Stale edit."));
        comments.delete(marker.getId(), comment.getId(), comment.getVersion());
        assertRefused(
                "grading.comment.notFound",
                () -> comments.edit(marker.getId(), comment.getId(), comment.getVersion(), "Gone."));
    }

    @Test
    void everyChangeIsAuditedOnTheReviewWithoutTheStudentsName() {
        InlineComment comment = across(marker, "Crimean War", "Which war?");
        comments.edit(marker.getId(), comment.getId(), comment.getVersion(), "Which war, exactly?");
        comments.delete(marker.getId(), comment.getId(), comment.getVersion());
        List<AuditEntry> entries = tier.service(AuditLog.class).of(QueueService.SUBJECT, review.getId()).stream()
                .filter(e -> e.getAction().startsWith("COMMENT_"))
                .toList();
        assertEquals(
                List.of("COMMENT_ADD", "COMMENT_EDIT", "COMMENT_DELETE"),
                entries.stream().map(AuditEntry::getAction).toList());
        entries.forEach(e -> {
            assertEquals(marker.getId(), e.getActorId());
            assertFalse(e.getDetail().contains("Sofia"), e.getDetail());
            assertTrue(e.getDetail().contains("comment " + comment.getId()), e.getDetail());
        });
    }

    @Test
    void eachInstructorKeepsTheirOwnBankPerCourse() {
        BankComment english = bank.add(marker.getId(), review.getId(), CommentLanguage.EN, "Cite a source.");
        BankComment russian = bank.add(marker.getId(), review.getId(), CommentLanguage.RU, "Приведите источник.");
        bank.add(teamMate.getId(), review.getId(), null, "Tina's own.");
        tier.em().flush();
        assertEquals(
                List.of("Cite a source.", "Приведите источник."),
                bank.forReview(marker.getId(), review.getId()).stream()
                        .map(BankComment::getText)
                        .toList());
        assertEquals(
                CommentLanguage.ANY,
                bank.forReview(teamMate.getId(), review.getId()).get(0).getLanguage());

        bank.change(marker.getId(), english.getId(), english.getVersion(), CommentLanguage.ANY, "Cite one source.");
        tier.em().flush();
        assertRefused(
                "common.concurrentEdit",
                () -> bank.change(marker.getId(), english.getId(), 0, CommentLanguage.EN, "Stale."));
        assertRefused(
                "grading.bank.notFound",
                () -> bank.change(teamMate.getId(), russian.getId(), russian.getVersion(), CommentLanguage.RU, "Моё."));
        assertRefused(
                "grading.bank.notFound", () -> bank.delete(teamMate.getId(), russian.getId(), russian.getVersion()));
        assertRefused("grading.notFound", () -> bank.forReview(outsider.getId(), review.getId()));
        assertRefused("grading.comment.textRequired", () -> bank.add(marker.getId(), review.getId(), null, " "));
        bank.delete(marker.getId(), russian.getId(), russian.getVersion());
        assertEquals(
                List.of("Cite one source."),
                bank.forReview(marker.getId(), review.getId()).stream()
                        .map(BankComment::getText)
                        .toList());

        Offering otherCourse = data.offering(null, 1);
        data.teach(otherCourse, marker);
        Assignment there = data.assignment(otherCourse, true);
        data.enroll(otherStudent, otherCourse, data.university(false));
        Review elsewhere = submit(otherStudent, there, "<p>Another course, another bank.</p>");
        assertEquals(List.of(), bank.forReview(marker.getId(), elsewhere.getId()), "another course's bank is empty");
    }

    @Test
    void partnerStaffReadTheReleasedCommentsWordsOnlyWhenTheStudentSharesGrades() {
        across(marker, "Crimean War", "Name the treaty that ended it.");
        decide();
        releases.release(marker.getId(), review.getId());
        Scope scope = tier.service(PartnerAccess.class)
                .ofStaff(data.partnerStaff("Pavel Partnerov", university).getId());
        PartnerEnrollmentService partners = tier.service(PartnerEnrollmentService.class);
        long enrollment = review.getSubmission().getEnrollment().getId();
        assertEquals(List.of(), partners.essays(scope, enrollment).get(0).getComments(), "not shared");

        tier.service(EnrollmentService.class).shareGrades(student.getId(), enrollment, true);
        EssayLine line = partners.essays(scope, enrollment).get(0);
        assertEquals(List.of("Name the treaty that ended it."), line.getComments());
        assertFalse(line.toString().contains("Crimean War"), "never the passage: " + line);
    }

    private InlineComment across(Account actor, String quote, String text) {
        int start = TEXT.indexOf(quote);
        return comments.add(actor.getId(), review.getId(), start, start + quote.length(), quote, text);
    }

    /** Decided with a score and PASS: ready for release. */
    private void decide() {
        review.decide(new BigDecimal("30"), SubmissionResult.PASS, tier.clock().instant());
        tier.service(SubmissionService.class)
                .transition(
                        marker.getId(), review.getSubmission().getId(), SubmissionStatus.READY_FOR_RELEASE, "marked");
    }

    private Review submit(Account writer, Assignment target, String html) {
        SubmissionVersion version =
                tier.service(SubmissionService.class).submit(writer.getId(), target.getId(), html, true);
        tier.takeFired(EssaySubmitted.class).forEach(tier.service(Intake.class)::onSubmitted);
        return tier.em()
                .createNamedQuery(Review.LATEST_OF, Review.class)
                .setParameter("submission", version.getSubmission().getId())
                .getSingleResult();
    }

    private static List<Long> ids(List<InlineComment> list) {
        return list.stream().map(InlineComment::getId).toList();
    }

    private static List<String> texts(List<InlineComment> list) {
        return list.stream().map(InlineComment::getText).toList();
    }

    private static void assertRefused(String key, Executable action) {
        assertEquals(key, assertThrows(BusinessException.class, action).key());
    }
}

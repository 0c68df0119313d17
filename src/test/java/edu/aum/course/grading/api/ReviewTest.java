package edu.aum.course.grading.api;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.Course;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.api.Schedule;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.WordBounds;
import edu.aum.course.grading.entity.ReviewOutcome;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.University;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A review marks one version: saved marks stay open, a decision closes it, a newer version supersedes it. */
class ReviewTest {

    private static final Instant NOW = Instant.parse("2026-10-01T10:00:00Z");

    private final Submission submission = submission();
    private final Review review = new Review(submission.latest().orElseThrow(), NOW);
    private final Account marker =
            new Account("john@aum.ru", "John Miller", "hash", Language.EN, EnumSet.of(Role.INSTRUCTOR), NOW);

    static Submission submission() {
        Course course =
                new Course("USRR-101", "U.S.-Russia Relations", "Российско-американские отношения", "d", "о", NOW);
        Offering offering = new Offering(
                course,
                new Schedule(
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 12, 20),
                        LocalDate.of(2026, 8, 1),
                        LocalDate.of(2026, 9, 15)),
                null,
                4,
                NOW);
        Deadlines deadlines = new Deadlines(
                NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        Assignment assignment = new Assignment(
                offering, new Assignment.Text("T", "Т", "P", "З"), deadlines, new WordBounds(1, 10), true, NOW);
        Account student =
                new Account("anna@msu.ru", "Анна Петрова", "hash", Language.RU, EnumSet.of(Role.STUDENT), NOW);
        Enrollment enrollment =
                new Enrollment(offering, student, new University("MSU", "МГУ", "RU", true, NOW), "1", NOW);
        Submission submission = new Submission(assignment, enrollment, NOW);
        submission.submit("<p>Three words here</p>", 3, deadlines, assignment.getWords(), NOW);
        return submission;
    }

    @Test
    void aNewReviewCopiesTheVersionsFactsAndWaitsUnclaimed() {
        assertEquals(1, review.getVersionNumber());
        assertEquals(3, review.getWordCount());
        assertTrue(review.isLate(), "submitted after the due time");
        assertTrue(review.isLatest());
        assertNull(review.getMarker());
        assertFalse(review.isDecided());
    }

    @Test
    void savedMarksStayOpenAndADecisionFixesScoreAndResult() {
        review.allocateTo(marker, NOW);
        review.mark(Map.of(1L, 11L), "<p>Good</p>", NOW);
        assertEquals(Map.of(1L, 11L), review.getLevels());
        assertFalse(review.isDecided());

        review.decide(new BigDecimal("31"), SubmissionResult.PASS, NOW);

        assertEquals(ReviewOutcome.MARKED, review.getOutcome());
        assertRefused("grading.alreadyDecided", () -> review.mark(Map.of(), "", NOW));
        assertRefused("grading.alreadyDecided", review::unclaim);
        assertRefused("grading.alreadyDecided", () -> review.askForRevision("More", NOW));
    }

    @Test
    void aRevisionNeedsANoteAndThenASupersededReviewIsHistory() {
        assertRefused("grading.revision.noteRequired", () -> review.askForRevision("  ", NOW));
        assertRefused("grading.revision.noteTooLong", () -> review.askForRevision("x".repeat(4001), NOW));
        review.askForRevision(" Use the sources. ", NOW);
        assertEquals("Use the sources.", review.getRevisionNote());
        assertEquals(ReviewOutcome.REVISION, review.getOutcome());

        review.supersede();
        assertFalse(review.isLatest());
    }

    @Test
    void anUnclaimedSubmittedOrInMarkingEssayIsClaimableUntilTaken() {
        assertTrue(review.isToBeMarked());
        assertTrue(review.isClaimable(), "submitted, nobody has it");
        submission.moveTo(SubmissionStatus.IN_MARKING);
        assertTrue(review.isClaimable(), "given back to the queue while in marking");

        review.allocateTo(withId(marker, 7L), NOW);

        assertFalse(review.isClaimable(), "taken");
        assertTrue(review.isToBeMarked(), "still to be marked, so an admin may allocate it elsewhere");
    }

    @Test
    void aSupersededReviewOrOneReadyForReleaseIsNoLongerClaimable() {
        review.allocateTo(withId(marker, 7L), NOW);
        submission.moveTo(SubmissionStatus.IN_MARKING);
        review.unclaim();
        review.supersede();
        assertFalse(review.isClaimable(), "a newer version has its own review");
        assertFalse(review.isToBeMarked());

        Review ready = new Review(ReviewTest.submission().latest().orElseThrow(), NOW);
        ready.getSubmission().moveTo(SubmissionStatus.IN_MARKING);
        ready.getSubmission().moveTo(SubmissionStatus.READY_FOR_RELEASE);
        assertFalse(ready.isClaimable(), "ready for release is past marking");
    }

    @Test
    void onlyItsMarkerOrAnAdminEditsItAndOnlyWhileInMarking() {
        Account other = withId(
                new Account("eva@aum.ru", "Eva Stone", "hash", Language.EN, EnumSet.of(Role.INSTRUCTOR), NOW), 8L);
        assertFalse(review.isEditableBy(7L, true), "nobody claimed it: even an admin claims first");
        assertFalse(review.isHandledBy(7L, true));

        review.allocateTo(withId(marker, 7L), NOW);
        assertFalse(review.isEditableBy(7L, false), "claimed but its essay is not in marking yet");
        submission.moveTo(SubmissionStatus.IN_MARKING);

        assertTrue(review.isEditableBy(7L, false), "its marker");
        assertTrue(review.isEditableBy(other.getId(), true), "an admin");
        assertFalse(review.isEditableBy(other.getId(), false), "another instructor");
        assertTrue(review.isUnclaimableBy(7L, false));
        assertFalse(review.isUnclaimableBy(other.getId(), false));

        review.decide(new BigDecimal("31"), SubmissionResult.PASS, NOW);
        assertFalse(review.isInMarking());
        assertFalse(review.isEditableBy(7L, false), "decided");
        assertFalse(review.isUnclaimableBy(7L, true), "a decided review is not given back");
    }

    @Test
    void onlyTheLatestMarkedReviewOfAnEssayReadyForReleaseIsReleasable() {
        review.allocateTo(withId(marker, 7L), NOW);
        submission.moveTo(SubmissionStatus.IN_MARKING);
        assertFalse(review.isReleasable(), "not marked yet");
        review.decide(new BigDecimal("31"), SubmissionResult.PASS, NOW);
        assertFalse(review.isReleasable(), "the essay is not ready for release yet");

        submission.moveTo(SubmissionStatus.READY_FOR_RELEASE);
        assertTrue(review.isReleasable());

        withId(review, 5L).release(NOW);
        assertFalse(review.isReleasable(), "already released");
        assertTrue(review.isReleased(), "the marking its essay shows");
        assertEquals(new BigDecimal("31"), submission.getScore().orElseThrow());
        assertRefused("grading.release.notReady", () -> review.release(NOW));
    }

    @Test
    void aReviewIsNotReleasedBeforeItIsMarkedNorItsEssayWithoutIt() {
        withId(review, 5L).allocateTo(withId(marker, 7L), NOW);
        submission.moveTo(SubmissionStatus.IN_MARKING);
        assertRefused("grading.release.notReady", () -> review.release(NOW));
        assertRefused("submission.release.noResult", () -> submission.moveTo(SubmissionStatus.RELEASED));
        submission.moveTo(SubmissionStatus.READY_FOR_RELEASE); // as a bare state move, without a decision
        assertRefused("grading.release.notReady", () -> review.release(NOW));
        assertRefused("submission.release.noResult", () -> submission.release(review, NOW));
        assertEquals(SubmissionStatus.READY_FOR_RELEASE, submission.getStatus());
        assertFalse(review.isReleased());
    }

    @Test
    void aReviewSentBackForARevisionIsNotReleasable() {
        review.allocateTo(withId(marker, 7L), NOW);
        submission.moveTo(SubmissionStatus.IN_MARKING);
        review.askForRevision("Use the sources.", NOW);
        submission.moveTo(SubmissionStatus.REVISION_REQUESTED);
        assertFalse(review.isReleasable());
        assertFalse(review.isClaimable());
    }

    private static Review withId(Review review, long id) {
        try {
            var field = Review.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(review, id);
            return review;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Account withId(Account account, long id) {
        try {
            var field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
            return account;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theBlindCodeHidesTheIdButStaysTheSame() throws ReflectiveOperationException {
        var id = Submission.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(submission, 42L);
        assertTrue(review.getCode().startsWith("E-"));
        assertEquals(review.getCode(), new Review(submission.latest().orElseThrow(), NOW).getCode());
    }
}

package edu.aum.course.essay.api;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.Course;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.api.Schedule;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.EssayFile;
import edu.aum.course.essay.entity.WordBounds;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.text.Sha256;
import edu.aum.course.university.api.University;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmissionTest {

    private static final Instant NOW = DeadlinesTest.OPENS.plusSeconds(3600);
    private static final String ESSAY = "<p>Détente, перезагрузка and after.</p>";

    private final Deadlines deadlines = new Deadlines(DeadlinesTest.OPENS, DeadlinesTest.DUE, DeadlinesTest.CUTOFF);
    private final WordBounds bounds = new WordBounds(3, 10);
    private final Assignment assignment = assignment(deadlines);
    private final Submission submission = new Submission(assignment, enrollment(), NOW);

    static Assignment assignment(Deadlines deadlines) {
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
        return new Assignment(
                offering,
                new Assignment.Text("Title", "Название", "Prompt", "Задание"),
                deadlines,
                WordBounds.standard(),
                true,
                NOW);
    }

    static Enrollment enrollment() {
        Account student =
                new Account("anna@msu.ru", "Анна Петрова", "hash", Language.RU, EnumSet.of(Role.STUDENT), NOW);
        University msu = new University("Lomonosov Moscow State University", "МГУ", "RU", true, NOW);
        return new Enrollment(assignment(new Deadlines(NOW, NOW, NOW)).getOffering(), student, msu, "12-345", NOW);
    }

    @Test
    void aNewSubmissionIsAnEmptyDraft() {
        assertEquals(SubmissionStatus.DRAFT, submission.getStatus());
        assertEquals("", submission.getDraftHtml());
        assertTrue(submission.getVersions().isEmpty());
    }

    @Test
    void submittingOnTimeMakesVersionOneWithItsCountAndSha256() {
        submission.saveDraft("<p>draft</p>", NOW);
        var version = submission.submit(ESSAY, 5, deadlines, bounds, NOW);

        assertEquals(SubmissionStatus.SUBMITTED, submission.getStatus());
        assertEquals(1, version.getNumber());
        assertEquals(5, version.getWordCount());
        assertEquals(Sha256.hex(ESSAY.getBytes(StandardCharsets.UTF_8)), version.getSha256());
        assertEquals(64, version.getSha256().length());
        assertFalse(version.isLate());
        assertEquals(NOW, version.getSubmittedAt());
        assertSame(version, submission.latest().orElseThrow());
    }

    @Test
    void theSha256IsOfTheHtmlAsUtf8() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
    }

    @Test
    void betweenDueAndCutoffTheVersionIsLate() {
        assertTrue(submission
                .submit(ESSAY, 5, deadlines, bounds, DeadlinesTest.DUE.plusSeconds(60))
                .isLate());
    }

    @Test
    void anExtensionMovesTheDates() {
        Deadlines extended = new Deadlines(
                DeadlinesTest.OPENS,
                DeadlinesTest.CUTOFF.plusSeconds(86_400),
                DeadlinesTest.CUTOFF.plusSeconds(2 * 86_400));
        Instant afterTheCutoff = DeadlinesTest.CUTOFF.plusSeconds(3600);

        assertRefused("submission.closed", () -> submission.submit(ESSAY, 5, deadlines, bounds, afterTheCutoff));
        assertFalse(
                submission.submit(ESSAY, 5, extended, bounds, afterTheCutoff).isLate());
    }

    @Test
    void afterTheCutoffOrOutsideTheBoundsNothingIsSubmitted() {
        assertRefused(
                "submission.closed",
                () -> submission.submit(ESSAY, 5, deadlines, bounds, DeadlinesTest.CUTOFF.plusSeconds(1)));
        assertRefused("submission.words.tooFew", () -> submission.submit(ESSAY, 2, deadlines, bounds, NOW));
        assertRefused("submission.words.tooMany", () -> submission.submit(ESSAY, 11, deadlines, bounds, NOW));
        assertEquals(SubmissionStatus.DRAFT, submission.getStatus());
        assertTrue(submission.getVersions().isEmpty());
    }

    @Test
    void aSubmittedEssayIsFrozen() {
        submission.submit(ESSAY, 5, deadlines, bounds, NOW);

        assertRefused("submission.alreadySubmitted", () -> submission.submit(ESSAY, 5, deadlines, bounds, NOW));
        assertRefused("submission.alreadySubmitted", () -> submission.saveDraft("<p>changed</p>", NOW));
        assertEquals(1, submission.getVersions().size());
    }

    @Test
    void aRequestedRevisionAllowsEditingAndAddsTheNextVersion() {
        submission.submit(ESSAY, 5, deadlines, bounds, NOW);
        submission.moveTo(SubmissionStatus.IN_MARKING);
        submission.moveTo(SubmissionStatus.REVISION_REQUESTED);

        submission.saveDraft("<p>better</p>", NOW);
        var second = submission.submit("<p>a better essay now</p>", 4, deadlines, bounds, NOW.plusSeconds(60));

        assertEquals(2, second.getNumber());
        assertEquals(SubmissionStatus.SUBMITTED, submission.getStatus());
        assertEquals(2, submission.getVersions().size());
        assertEquals(ESSAY, submission.getVersions().get(0).getHtml(), "the first version is kept as it was");
    }

    @Test
    void theUploadedFileGoesWithTheNextVersionOnly() {
        EssayFile file =
                new EssayFile("essay.txt", "text/plain", "one two three".getBytes(StandardCharsets.UTF_8), NOW);
        submission.draftFrom(file, "<p>one two three</p>", NOW);

        var version = submission.submit("<p>one two three</p>", 3, deadlines, bounds, NOW);

        assertSame(file, version.getFile());
        assertNull(submission.getDraftFile());
        assertEquals(13, file.getSizeBytes());
        assertEquals(Sha256.hex("one two three"), file.getSha256());
    }

    @Test
    void otherMovesAreRefusedBySubmissionStatus() {
        assertRefused("submission.transition.refused", () -> submission.moveTo(SubmissionStatus.READY_FOR_RELEASE));
        assertRefused("submission.transition.refused", () -> submission.moveTo(SubmissionStatus.IN_MARKING));
        assertRefused("submission.release.noResult", () -> submission.moveTo(SubmissionStatus.RELEASED));
    }

    @Test
    void aRequestedRevisionIsResubmittedAsTheNextVersionEvenAfterTheCutoffWithinTheWordBounds() {
        submission.submit(ESSAY, 5, deadlines, bounds, NOW);
        submission.moveTo(SubmissionStatus.IN_MARKING);
        submission.moveTo(SubmissionStatus.REVISION_REQUESTED);
        Instant afterCutoff = DeadlinesTest.CUTOFF.plusSeconds(86_400);
        assertRefused("submission.words.tooFew", () -> submission.submit(ESSAY, 2, deadlines, bounds, afterCutoff));

        var second = submission.submit("<p>Better.</p>", 6, deadlines, bounds, afterCutoff);

        assertEquals(2, second.getNumber());
        assertEquals(SubmissionStatus.SUBMITTED, submission.getStatus());
        assertEquals(2, submission.getVersions().size(), "the first version stays");
        assertEquals(ESSAY, submission.getVersions().get(0).getHtml());
    }

    @Test
    void aReleasedEssayCannotBeSubmittedAgainNorMarkedAgain() {
        submission.submit(ESSAY, 5, deadlines, bounds, NOW);
        submission.moveTo(SubmissionStatus.IN_MARKING);
        submission.moveTo(SubmissionStatus.READY_FOR_RELEASE);
        submission.release(Marked.of(submission, "31", SubmissionResult.PASS), NOW);

        assertRefused("submission.alreadySubmitted", () -> submission.submit(ESSAY, 5, deadlines, bounds, NOW));
        assertRefused("submission.transition.refused", () -> submission.moveTo(SubmissionStatus.IN_MARKING));
        assertEquals(new java.math.BigDecimal("31"), submission.getScore().orElseThrow());
    }

    @Test
    void anEssayIsReleasedOnlyWithAStoredMarkingOfItsOwnThatHasAScoreAndAResult() {
        submission.submit(ESSAY, 5, deadlines, bounds, NOW);
        submission.moveTo(SubmissionStatus.IN_MARKING);
        submission.moveTo(SubmissionStatus.READY_FOR_RELEASE);
        Submission other = inState(SubmissionStatus.READY_FOR_RELEASE);

        assertRefused("submission.release.noResult", () -> submission.moveTo(SubmissionStatus.RELEASED));
        assertRefused("submission.release.noResult", () -> submission.release(null, NOW));
        assertRefused(
                "submission.release.noResult",
                () -> submission.release(new Marked(1L, submission, null, SubmissionResult.PASS), NOW));
        assertRefused(
                "submission.release.noResult",
                () -> submission.release(new Marked(1L, submission, java.math.BigDecimal.TEN, null), NOW));
        assertRefused(
                "submission.release.noResult",
                () -> submission.release(
                        new Marked(null, submission, java.math.BigDecimal.TEN, SubmissionResult.PASS), NOW));
        assertRefused(
                "submission.release.noResult",
                () -> submission.release(Marked.of(other, "31", SubmissionResult.PASS), NOW));
        assertEquals(SubmissionStatus.READY_FOR_RELEASE, submission.getStatus(), "nothing released");
        assertTrue(submission.getScore().isEmpty());

        submission.release(new Marked(9L, submission, new java.math.BigDecimal("27"), SubmissionResult.FAIL), NOW);

        assertEquals(SubmissionStatus.RELEASED, submission.getStatus());
        assertEquals(9L, submission.getReleasedReviewId().orElseThrow(), "it names the marking it shows");
        assertEquals(SubmissionResult.FAIL, submission.getResult().orElseThrow());
    }

    /** A fresh submission brought to this state the way students and markers bring it there. */
    private Submission inState(SubmissionStatus status) {
        Submission s = new Submission(assignment, enrollment(), NOW);
        if (status == SubmissionStatus.DRAFT) {
            return s;
        }
        s.submit(ESSAY, 5, deadlines, bounds, NOW);
        switch (status) {
            case IN_MARKING -> s.moveTo(SubmissionStatus.IN_MARKING);
            case REVISION_REQUESTED -> {
                s.moveTo(SubmissionStatus.IN_MARKING);
                s.moveTo(SubmissionStatus.REVISION_REQUESTED);
            }
            case READY_FOR_RELEASE, RELEASED -> {
                s.moveTo(SubmissionStatus.IN_MARKING);
                s.moveTo(SubmissionStatus.READY_FOR_RELEASE);
                if (status == SubmissionStatus.RELEASED) {
                    s.release(Marked.of(s, "31", SubmissionResult.PASS), NOW);
                }
            }
            default -> {
                // SUBMITTED
            }
        }
        assertEquals(status, s.getStatus());
        return s;
    }

    private static boolean accepted(Runnable submit) {
        try {
            submit.run();
            return true;
        } catch (edu.aum.course.platform.BusinessException refused) {
            return false;
        }
    }

    @Test
    void theEssayPagesAskTheRuleThatSubmitEnforces() {
        Instant[] moments = {
            DeadlinesTest.OPENS.minusSeconds(1),
            NOW,
            DeadlinesTest.DUE.plusSeconds(60),
            DeadlinesTest.CUTOFF.plusSeconds(1)
        };
        for (SubmissionStatus status : SubmissionStatus.values()) {
            for (Instant moment : moments) {
                Submission s = inState(status);
                var essay = new SubmissionService.Essay(assignment, s.getEnrollment(), deadlines, Optional.of(s));
                boolean writable = essay.isWritable(moment);
                assertEquals(
                        accepted(() -> s.submit(ESSAY, 5, deadlines, bounds, moment)),
                        writable,
                        status + " at " + moment);
            }
        }
        var none = new SubmissionService.Essay(assignment, submission.getEnrollment(), deadlines, Optional.empty());
        for (Instant moment : moments) {
            assertEquals(
                    inState(SubmissionStatus.DRAFT).getStatus().acceptsSubmissionAt(deadlines, moment),
                    none.isWritable(moment),
                    "nothing saved yet is a draft, at " + moment);
        }
    }

    @Test
    void anEssayIsSubmittedWhileAVersionFreezesItsText() {
        assertFalse(new SubmissionService.Essay(assignment, submission.getEnrollment(), deadlines, Optional.empty())
                .isSubmitted());
        for (SubmissionStatus status : SubmissionStatus.values()) {
            var essay = new SubmissionService.Essay(
                    assignment, submission.getEnrollment(), deadlines, Optional.of(inState(status)));
            assertEquals(!status.isEditable(), essay.isSubmitted(), status.name());
        }
    }
}

package edu.aum.course.partner.control;

import static edu.aum.course.partner.entity.PartnerSamples.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.WordBounds;
import edu.aum.course.partner.entity.PartnerSamples;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EssayLineTest {

    private final Enrollment enrollment = PartnerSamples.enrollment();
    private final Assignment assignment = new Assignment(
            PartnerSamples.OFFERING,
            new Assignment.Text("Arms control", "Контроль над вооружениями", "Prompt", "Задание"),
            new Deadlines(NOW, NOW.plus(Duration.ofDays(7)), NOW.plus(Duration.ofDays(9))),
            new WordBounds(3, 50),
            true,
            NOW);

    private Submission released(SubmissionResult result) {
        Submission submission = new Submission(assignment, enrollment, NOW);
        submission.submit(
                "<p>four words of essay</p>",
                4,
                assignment.deadlines(),
                assignment.getWords(),
                NOW.plus(Duration.ofDays(8)));
        submission.moveTo(SubmissionStatus.IN_MARKING);
        submission.moveTo(SubmissionStatus.READY_FOR_RELEASE);
        submission.release(
                new edu.aum.course.essay.api.Marked(1L, submission, new BigDecimal("71.50"), result),
                NOW.plus(Duration.ofDays(12)));
        return submission;
    }

    @Test
    void withoutConsentTheUniversitySeesTheDatesWordsAndLatenessButNoGrade() {
        EssayLine line = EssayLine.of(assignment, released(SubmissionResult.PASS), false, "<p>Good argument.</p>");

        assertEquals(SubmissionStatus.RELEASED, line.status());
        assertEquals(4, line.words());
        assertTrue(line.late());
        assertEquals(NOW.plus(Duration.ofDays(8)), line.lastSubmittedAt());
        assertEquals(NOW.plus(Duration.ofDays(12)), line.releasedAt());
        assertNull(line.score());
        assertNull(line.result());
        assertNull(line.feedbackHtml());
    }

    @Test
    void withConsentTheReleasedScoreResultAndFeedbackAreShown() {
        EssayLine line = EssayLine.of(assignment, released(SubmissionResult.FAIL), true, "<p>Good argument.</p>");

        assertEquals(new BigDecimal("71.50"), line.score());
        assertEquals(SubmissionResult.FAIL, line.result());
        assertEquals("<p>Good argument.</p>", line.feedbackHtml());
    }

    @Test
    void aDraftIsNotShownAsSubmitted() {
        Submission draft = new Submission(assignment, enrollment, NOW);
        draft.saveDraft("<p>secret thoughts</p>", NOW);

        EssayLine line = EssayLine.of(assignment, draft, true);

        assertFalse(line.isSubmitted());
        assertNull(line.words());
        assertNull(line.lastSubmittedAt());
    }
}

package edu.aum.course.grading.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.essay.api.EssayHtml;
import org.junit.jupiter.api.Test;

/** The marking page re-renders the feedback it holds: after a save or a refusal that is the sanitized text. */
class MarkBackingTest {

    @Test
    void postedFeedbackIsHeldSanitized() {
        MarkBacking backing = new MarkBacking();
        String posted =
                "<p onclick=\"alert(1)\">Good <b>argument</b></p><img src=x onerror=alert(1)><script>alert(1)</script>";

        backing.setFeedback(posted);

        assertEquals("<p>Good <b>argument</b></p>", backing.getFeedback());
        assertEquals(EssayHtml.sanitize(posted), backing.getFeedback());
    }

    @Test
    void noFeedbackIsEmpty() {
        MarkBacking backing = new MarkBacking();

        backing.setFeedback(null);

        assertEquals("", backing.getFeedback());
    }
}

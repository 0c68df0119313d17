package edu.aum.course.grading.entity;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A commented passage is anchored in the essay's text content, as a browser's textContent reads the same HTML: tags
 * (a bold word inside the passage) count for nothing, entities for their character; a drifted anchor finds its
 * quote again, nearest first; a quote the text does not hold is refused.
 */
class PassageTest {

    private static final String HTML =
            "<p>After the <strong>Crimean War</strong> the treasury was empty.</p><p>Seward&#39;s folly &amp; gold.</p>";

    @Test
    void theTextContentLeavesOutTagsAndDecodesEntities() {
        assertEquals("After the Crimean War the treasury was empty.Seward's folly & gold.", Passage.textOf(HTML));
        assertEquals("", Passage.textOf(null));
    }

    @Test
    void aPassageAcrossABoldWordIsAnchoredWhereTheBrowserSaid() {
        String text = Passage.textOf(HTML);
        String quote = "the Crimean War the";
        int start = text.indexOf(quote);
        Passage passage = Passage.in(text, start, start + quote.length(), quote);
        assertEquals(new Passage(6, 25, quote), passage);
    }

    @Test
    void aDriftedAnchorFindsTheNearestOccurrenceOfItsQuote() {
        String text = "the war, the peace, the war again";
        assertEquals(20, Passage.in(text, 20, 27, "the war").start(), "where it stands");
        assertEquals(20, Passage.in(text, 18, 25, "the war").start(), "the second one is nearer to 18");
        assertEquals(0, Passage.in(text, 3, 10, "the war").start(), "the first one is nearer to 3");
        assertEquals(20, Passage.in(text, 200, 210, "the war ag").start(), "past the end: found anyway");
    }

    @Test
    void aQuoteTheTextDoesNotHoldOrNoPassageAtAllIsRefused() {
        String text = Passage.textOf(HTML);
        assertRefused("grading.comment.passageNotFound", () -> Passage.in(text, 0, 5, "Yalta"));
        assertRefused("grading.comment.noPassage", () -> Passage.in(text, 5, 5, ""));
        assertRefused("grading.comment.noPassage", () -> Passage.in(text, 0, 3, "   "));
        assertRefused("grading.comment.noPassage", () -> new Passage(-1, 2, "abc"));
        assertRefused("grading.comment.passageTooLong", () -> new Passage(0, 2001, "x".repeat(2001)));
    }

    @Test
    void offsetsCountUtf16UnitsAsJavaScriptDoes() {
        String text = Passage.textOf("<p>Холодная <b>война</b> — 1947</p>");
        Passage passage = Passage.in(text, 9, 14, "война");
        assertEquals(9, passage.start());
        assertEquals(14, passage.end());
    }
}

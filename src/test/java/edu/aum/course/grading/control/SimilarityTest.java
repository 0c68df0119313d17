package edu.aum.course.grading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.api.WordCounter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void theOlderEssayOfAPairNotesTheNewerOneWhenItIsItsClosestMatchSoFar() {
        assertTrue(Similarity.isCloser(0.6, null), "nothing noted yet");
        assertTrue(Similarity.isCloser(0.6, new BigDecimal("0.0000")), "the first comparison found nothing");
        assertTrue(Similarity.isCloser(0.6, new BigDecimal("0.5999")), "closer than the one it has");
        assertFalse(Similarity.isCloser(0.6, new BigDecimal("0.6000")), "as close as the one it has: it stays");
        assertFalse(Similarity.isCloser(0.6, new BigDecimal("0.8000")), "a closer one is kept");
        assertFalse(Similarity.isCloser(0.00004, null), "nothing shared, as stored, is no match");
        assertFalse(Similarity.isCloser(0, null));
    }

    @Test
    void wordsIgnoreCaseMarkupAndPunctuation() {
        assertEquals(
                List.of("the", "cold", "war", "u", "s", "o'connor", "россия"),
                Similarity.words(Similarity.plainText("<p>The <b>Cold</b> War, U.S.</p><p>O’Connor — Россия!</p>")));
    }

    @Test
    void jaccardOfShingles() {
        Set<String> a = Similarity.shinglesOfHtml("<p>one two three four</p>"); // "one two three", "two three four"
        Set<String> b = Similarity.shinglesOfHtml("<p>two three four five</p>"); // "two three four", "three four five"
        assertEquals(1.0 / 3, Similarity.jaccard(a, b), 1e-9);
        assertEquals(1.0, Similarity.jaccard(a, a), 1e-9);
        assertEquals(0.0, Similarity.jaccard(a, Set.of()), 1e-9);
        assertEquals(0.0, Similarity.jaccard(Set.of(), Set.of()), 1e-9);
    }

    @Test
    void sharedRunsAreMarkedAndTheRestEscaped() {
        String other = "<p>they said the cold war had ended</p>";
        String html = Similarity.highlight(
                "<p>In 1992 the cold war had ended &amp; more</p><p>x &lt;y&gt;</p>", Similarity.shinglesOfHtml(other));
        assertEquals("In 1992 <mark>the cold war had ended</mark> &amp; more<br/>x &lt;y&gt;", html);
        assertFalse(Similarity.highlight("<p>nothing alike at all</p>", Similarity.shinglesOfHtml(other))
                .contains("<mark>"));
    }

    @Test
    void aCopiedParagraphGivesAHighShareAndDifferentEssaysALowOne() {
        String base =
                "<p>The first years after 1991 were a period of real hope for both countries and their leaders.</p>";
        String copy = base + "<p>Then everything changed very quickly.</p>";
        String other = "<p>Arms control between the two powers has a long and complicated history of its own.</p>";
        assertTrue(Similarity.jaccard(Similarity.shinglesOfHtml(base), Similarity.shinglesOfHtml(copy)) > 0.6);
        assertTrue(Similarity.jaccard(Similarity.shinglesOfHtml(base), Similarity.shinglesOfHtml(other)) < 0.1);
    }

    @Test
    void theTextIsReadAsTheWordCounterReadsIt() {
        // a regex of its own used to run table cells together and leave "&rsquo;" and "&mdash;" as words
        String html = "<table><tr><td>Cold</td><td>War</td></tr></table><p>O&rsquo;Connor&nbsp;&mdash;&nbsp;Russia</p>";
        List<String> words = Similarity.words(Similarity.plainText(html));
        assertEquals(List.of("cold", "war", "o'connor", "russia"), words);
        assertEquals(WordCounter.countHtml(html), words.size());
        assertEquals("one\ntwo", Similarity.plainText("<p>one</p><p>two</p>"));
    }
}

package edu.aum.course.essay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples of DESIGN.md, "Word count", and the cases around them. */
class WordCounterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "well-written",
                "U.S.-Russia",
                "O'Connor",
                "Russia’s",
                "1991",
                "and/or",
                "e-mail,",
                "(sic)",
                "«Россия»",
                "Санкт-Петербург",
                "naïve",
                "3.14",
                "#1",
                "x"
            })
    void oneWordEach(String token) {
        assertEquals(1, WordCounter.countText(token));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1991–2024|2",
                "Cold War—again|3",
                "word — word|2",
                "word - word|2",
                "a -- b|2",
                "one • two … three|3",
                "Холодная война — снова|3",
                "  leading and trailing  |3",
                "''|0"
            })
    void dashesSplitAndLoneMarksAreNoWords(String text, int words) {
        assertEquals(words, WordCounter.countText(text));
    }

    @Test
    void controlCharactersAndAllUnicodeSpacesSeparate() {
        assertEquals(4, WordCounter.countText("tab\tand\nnew\r\nline"));
        assertEquals(4, WordCounter.countText("no\u00a0break\u2003em\u202fspace"));
        assertEquals(2, WordCounter.countText("line\u2028separator"));
    }

    @Test
    void emptyTextHasNoWords() {
        assertEquals(0, WordCounter.countText(""));
        assertEquals(0, WordCounter.countText(null));
        assertEquals(0, WordCounter.countHtml(null));
        assertEquals(0, WordCounter.countHtml("<p></p><br>"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>one</p><p>two</p>|2",
                "<P>one</P><DIV>two</DIV>|2",
                "one<br>two|2",
                "one<BR/>two|2",
                "<ul><li>one</li><li>two</li></ul>|2",
                "<h1>Title</h1><h6>Sub</h6>text|3",
                "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>|3",
                "<blockquote>quote</blockquote>after|2",
                "<pre>code</pre>after|2",
                "one<hr>two|2",
                "<b>bold</b>face|1",
                "<i>it</i><em>al</em><strong>ic</strong>|1",
                "<span>un</span><a href='#'>broken</a>|1",
                "H<sub>2</sub>O and E=mc<sup>2</sup>|3",
                "<u>a</u><s>b</s><small>c</small><mark>d</mark><code>e</code>|1",
                "one&nbsp;two|2",
                "Tom&amp;Jerry|1",
                "fish &amp; chips|2",
                "a<!-- a comment with words -->b|1",
                "one <!-- hidden --> two|2",
                "<p>Cold War<strong>—again</strong>?</p>|3",
                "<p>Россия&nbsp;и&nbsp;США</p><p>1991–2024</p>|5"
            })
    void htmlBlocksSeparateAndInlinesDoNot(String html, int words) {
        assertEquals(words, WordCounter.countHtml(html));
    }

    @Test
    void scriptsAndStylesAreNotText() {
        assertEquals(
                2,
                WordCounter.countHtml("<p>two words</p><script>var a = 'many words here';</script>"
                        + "<style>p { color: red }</style>"));
    }

    @Test
    void plainTextIsNotParsedAsHtml() {
        assertEquals(3, WordCounter.countText("a <b> c"));
        assertEquals(2, WordCounter.countHtml("a <b> c"));
    }

    @Test
    void aSixHundredWordEssayCountsSixHundred() {
        String essay = "<p>" + "Relations between Russia and the U.S. have changed. ".repeat(75) + "</p>";

        assertEquals(600, WordCounter.countHtml(essay));
        assertEquals(600, WordCounter.countText(essay.replace("<p>", "").replace("</p>", "")));
    }

    @Test
    void thePlainTextEndsEveryBlockWithALineAndDecodesEntities() {
        assertEquals("one\ntwo\n", WordCounter.plainText("<p>one</p><p>tw<b>o</b></p>"));
        assertEquals("fish\u00a0& chips", WordCounter.plainText("fish&nbsp;&amp; chips<script>x</script>"));
        assertEquals("", WordCounter.plainText(null));
    }
}

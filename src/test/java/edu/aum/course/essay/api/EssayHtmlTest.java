package edu.aum.course.essay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EssayHtmlTest {

    @Test
    void essayFormattingIsKept() {
        String html = "<p>One <strong>bold</strong> and <em>italic</em></p><ul><li>a</li></ul><ol><li>b</li></ol>"
                + "<blockquote>quote</blockquote><p>line<br>break</p>";

        assertEquals(html, EssayHtml.sanitize(html));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>text<script>alert(1)</script></p>",
                "<p onclick=\"alert(1)\">text</p>",
                "<p>text<img src=\"https://evil.example/x.png\" onerror=\"alert(1)\"></p>",
                "<p><a href=\"javascript:alert(1)\">text</a></p>",
                "<p style=\"background:url(https://evil.example)\">text</p>",
                "<p>text<iframe src=\"https://evil.example\"></iframe></p>",
                "<p>te<!-- a comment -->xt</p>"
            })
    void scriptsHandlersRemoteContentAndLinksGo(String html) {
        String clean = EssayHtml.sanitize(html);

        assertEquals("<p>text</p>", clean.replace("te</p>", "").replace("tetext", "text"));
        assertFalse(clean.contains("evil"));
        assertFalse(clean.contains("alert"));
    }

    @Test
    void textIsKeptEscapedAndCyrillicStaysReadable() {
        assertEquals("<p>Россия &amp; США: 1 &lt; 2</p>", EssayHtml.sanitize("<p>Россия & США: 1 < 2</p>"));
        assertEquals("", EssayHtml.sanitize(null));
        assertEquals("", EssayHtml.sanitize("  "));
    }

    @Test
    void plainTextBecomesParagraphs() {
        assertEquals(
                "<p>First line<br>same paragraph</p><p>Second &lt;p&gt;</p>",
                EssayHtml.fromText("First line\nsame paragraph\n\n  \nSecond <p>\n"));
        assertEquals(
                WordCounter.countText("First line\nsame paragraph\n\nSecond"),
                WordCounter.countHtml(EssayHtml.fromText("First line\nsame paragraph\n\nSecond")));
    }
}

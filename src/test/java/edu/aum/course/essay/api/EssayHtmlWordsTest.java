package edu.aum.course.essay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The live count (the editor's HTML), the count on submission (the sanitized HTML) and the count of
 * the stored text read back (sanitized again on the next save) are one number, whatever the editor sends.
 */
class EssayHtmlWordsTest {

    private static final List<String> BLOCKS = List.of(
            "p",
            "div",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "td",
            "th",
            "tr",
            "blockquote",
            "pre",
            "ul",
            "ol",
            "table");
    private static final List<String> EMPTY_BLOCKS = List.of("br", "hr", "br/");
    private static final List<String> INLINES =
            List.of("b", "i", "em", "strong", "span", "a", "u", "s", "sub", "sup", "small", "mark", "code");
    private static final List<String> TEXTS = List.of(
            "word",
            "Россия",
            "США",
            "well-written",
            "1991",
            "O'Connor",
            "—",
            "–",
            "-",
            "…",
            "•",
            "&nbsp;",
            "&amp;",
            "&lt;",
            "&#8212;",
            "&mdash;",
            "&#x200B;",
            "\u200B",
            " ",
            "  ",
            "\n",
            "\t",
            "\u00a0",
            "\u2003",
            "x",
            "ёлка",
            "<!-- a comment -->",
            ".",
            ",");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<div>one</div><div>two</div>|<p>one</p><p>two</p>",
                "<h1>Title</h1>text|<p>Title</p>text",
                "<table><tr><td>a</td><th>b</th></tr></table>|<p>a</p><p>b</p>",
                "one<hr>two|one<br>two",
                "<pre>line one\\nline two</pre>|<p>line one<br>line two</p>",
                "<div>before<p>inside</p>after</div>|<p>before</p><p>inside</p><p>after</p>",
                "<p>text</p><title>no</title><template>no</template>|<p>text</p>",
                "a<div></div>b|a<br>b",
                "<li>one<pre><li>two</li></pre>three</li>|<ul><li>one<ul><li>two</li></ul>three</li></ul>"
            })
    void blocksTheSafelistDropsBecomeParagraphsOrLineBreaks(String html, String clean) {
        assertEquals(clean, EssayHtml.sanitize(html.replace("\\n", "\n")));
    }

    @Test
    void aZeroWidthSpaceSeparatesWords() {
        assertEquals(2, WordCounter.countText("one\u200Btwo"));
        assertEquals(2, WordCounter.countHtml("<p>one&#8203;two</p>"));
        assertEquals(0, WordCounter.countText("\u200B \u200B"));
    }

    @Test
    void theStartOfABlockSeparatesWordsToo() {
        assertEquals(2, WordCounter.countHtml("one<p>two</p>"));
        assertEquals(2, WordCounter.countHtml("<li>one<ul><li>two</li></ul></li>"));
        assertEquals(2, WordCounter.countHtml("<div>one<div>two</div></div>"));
    }

    @Test
    void liveSubmittedAndStoredCountsAgreeOnGeneratedEssays() {
        Random random = new Random(20261201L);
        for (int i = 0; i < 5_000; i++) {
            String raw = fragment(random, 0);
            String clean = EssayHtml.sanitize(raw);
            String readBack = EssayHtml.sanitize(clean);
            int live = WordCounter.countHtml(raw);

            assertEquals(live, WordCounter.countHtml(clean), () -> "submitted: " + raw + " -> " + clean);
            assertEquals(live, WordCounter.countHtml(readBack), () -> "read back: " + raw + " -> " + readBack);
        }
    }

    private static String fragment(Random random, int depth) {
        StringBuilder html = new StringBuilder();
        int parts = 1 + random.nextInt(5);
        for (int i = 0; i < parts; i++) {
            int kind = depth >= 4 ? 0 : random.nextInt(10);
            if (kind < 4) {
                html.append(TEXTS.get(random.nextInt(TEXTS.size())));
            } else if (kind < 6) {
                html.append('<')
                        .append(cased(random, pick(random, EMPTY_BLOCKS)))
                        .append('>');
            } else {
                String tag = cased(random, kind < 8 ? pick(random, BLOCKS) : pick(random, INLINES));
                html.append('<').append(tag).append('>').append(fragment(random, depth + 1));
                if (random.nextInt(8) > 0) { // now and then unclosed, as pasted HTML is
                    html.append("</").append(tag).append('>');
                }
            }
        }
        return html.toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String cased(Random random, String tag) {
        return random.nextInt(4) == 0 ? tag.toUpperCase(Locale.ROOT) : tag;
    }
}

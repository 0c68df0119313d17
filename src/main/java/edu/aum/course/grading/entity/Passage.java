package edu.aum.course.grading.entity;

import edu.aum.course.platform.BusinessException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A passage of an essay: offsets into its text content (the characters of its HTML's text nodes, in order, which is
 * what a browser's {@code textContent} gives, so tags such as a bold word inside the passage do not count) and the
 * quoted characters. Offsets are UTF-16 units, as JavaScript counts them.
 */
public record Passage(int start, int end, String quote) implements java.io.Serializable {

    public static final int QUOTE_MAX = 2000;

    public Passage {
        if (start < 0 || end <= start || quote == null || quote.length() != end - start || quote.isBlank()) {
            throw new BusinessException("grading.comment.noPassage");
        }
        if (quote.length() > QUOTE_MAX) {
            throw new BusinessException("grading.comment.passageTooLong", QUOTE_MAX);
        }
    }

    /**
     * The passage the marker chose in this text: where the browser said, if the quote stands there; else the
     * occurrence of the quote nearest to it (the anchor drifted, e.g. whitespace counted otherwise); refused when
     * the text does not hold the quote at all.
     */
    public static Passage in(String text, int start, int end, String quote) {
        if (quote == null || quote.isBlank() || end <= start) {
            throw new BusinessException("grading.comment.noPassage");
        }
        if (start >= 0 && end <= text.length() && text.substring(start, end).equals(quote)) {
            return new Passage(start, end, quote);
        }
        int best = -1;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
                best = at;
            }
        }
        if (best < 0) {
            throw new BusinessException("grading.comment.passageNotFound");
        }
        return new Passage(best, best + quote.length(), quote);
    }

    /** The text content of (sanitized) HTML: its text nodes' characters, entities decoded, tags left out. */
    public static String textOf(String html) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof TextNode t) {
                        text.append(t.getWholeText());
                    }
                },
                Jsoup.parseBodyFragment(html == null ? "" : html).body());
        return text.toString();
    }
}

package edu.aum.course.essay.api;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The one word count of the product (DESIGN.md, "Word count"): the editor's live counter and the
 * check on submission both call it, so the student sees the number the server uses.
 * <ol>
 * <li>HTML: comments and tags go; the start and the end of a block element separate words (as on
 * the screen, where a block starts a new line), inline elements do not; entities are decoded ({@code &nbsp;} is a space). Plain text skips this step.</li>
 * <li>Tokens are the runs between Unicode separators, control characters, zero-width spaces, em and en
 * dashes.</li>
 * <li>A token is a word if it holds a letter or a digit.</li>
 * </ol>
 */
public final class WordCounter {

    /** Elements whose start and end separate words: DESIGN.md's, and the lists that hold its items. */
    static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "br",
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
            "hr");
    /** Elements whose content is not text a reader sees. */
    static final Set<String> HIDDEN = Set.of("script", "style", "template", "head", "title");

    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Z}\\p{Cc}\\u200B\\u2014\\u2013]+");
    private static final Pattern WORDLIKE = Pattern.compile("[\\p{L}\\p{N}]");

    private WordCounter() {}

    public static int countText(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int words = 0;
        for (String token : SEPARATORS.split(text)) {
            if (WORDLIKE.matcher(token).find()) {
                words++;
            }
        }
        return words;
    }

    public static int countHtml(String html) {
        return html == null || html.isEmpty() ? 0 : countText(plainText(html));
    }

    /**
     * The text a reader sees in an HTML fragment, by step 1 of the rule: what other features compare or
     * show as text. The start (after text) and the end of every block element is a line break (a separator for step 2).
     */
    public static String plainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(html.length());
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (isBlock(node) && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n'); // what came before a block ends there, as on the screen
                } else if (node instanceof TextNode textNode && !insideHidden(textNode)) {
                    text.append(textNode.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    text.append('\n');
                }
            }
        });
        return text.toString();
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    private static boolean insideHidden(TextNode node) {
        for (Node parent = node.parent(); parent instanceof Element element; parent = parent.parent()) {
            if (HIDDEN.contains(element.normalName().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}

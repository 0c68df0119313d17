package edu.aum.course.essay.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * What an essay's HTML may hold: paragraphs, line breaks, bold, italics, lists and quotes, and nothing
 * else (no scripts, no event handlers, no links, no images, no styles). Applied to everything that
 * arrives from an editor, and to instructors' feedback.
 *
 * <p>A block element the list does not keep (a {@code div}, heading, table cell, {@code pre}, {@code hr})
 * becomes paragraphs or a line break rather than vanishing, because its edges separate words
 * (WordCounter): the stored text must read, and count, as the student's did.
 */
public final class EssayHtml {

    static final Safelist ESSAY =
            Safelist.none().addTags("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "blockquote");

    /** The block elements of WordCounter that the safelist keeps; every other one is rewritten. */
    private static final Set<String> KEPT_BLOCKS = Set.of("p", "br", "li", "blockquote", "ul", "ol");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false)
            .escapeMode(Entities.EscapeMode.base)
            .charset("UTF-8");

    private EssayHtml() {}

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, "");
        dirty.body().select(String.join(",", WordCounter.HIDDEN)).remove();
        List<Element> dropped = dirty.body().select(String.join(",", WordCounter.BLOCKS)).stream()
                .filter(block -> !KEPT_BLOCKS.contains(block.normalName()))
                .toList();
        for (int i = dropped.size() - 1; i >= 0; i--) { // innermost first: descendants follow their ancestors
            rewrite(dropped.get(i));
        }
        for (Element item : dirty.body().select("li")) {
            if (!item.parent().nameIs("ul") && !item.parent().nameIs("ol")) {
                item.wrap("<ul></ul>"); // else a browser, or the next parse, ends the item at the next one
            }
        }
        Document clean = new Cleaner(ESSAY).clean(dirty);
        clean.outputSettings(OUTPUT);
        return clean.body().html().strip();
    }

    /** A horizontal rule becomes a line break; any other block its content, in paragraphs. */
    private static void rewrite(Element block) {
        if (block.normalName().equals("hr")) {
            block.replaceWith(new Element("br"));
            return;
        }
        if (block.normalName().equals("pre")) {
            keepLines(block);
        }
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(block.childNodes())) {
            if (isKeptBlock(child) && !child.nameIs("br")) {
                paragraph(run);
            } else {
                run.add(child);
            }
        }
        paragraph(run);
        List<Node> content = block.childNodes().stream()
                .filter(node -> !(node instanceof TextNode text && text.isBlank()))
                .toList();
        if (content.isEmpty()) { // an empty block still starts a new line
            block.replaceWith(new Element("br"));
            return;
        }
        if (!isKeptBlock(content.get(0))) { // e.g. a <u> that holds a list item
            block.prependChild(new Element("br"));
        }
        if (!isKeptBlock(content.get(content.size() - 1))) {
            block.appendChild(new Element("br"));
        }
        block.unwrap();
    }

    private static boolean isKeptBlock(Node node) {
        return node instanceof Element element && KEPT_BLOCKS.contains(element.normalName());
    }

    /** Whether a node holds a block, which a paragraph must not (a browser would end the paragraph there). */
    private static boolean holdsBlock(Node node) {
        return node instanceof Element element
                && !element.select("p,li,blockquote,ul,ol").isEmpty();
    }

    /**
     * Wraps a run of inline content in a paragraph, unless it is only white space or holds a block (an
     * inline element around a list item, say): the block's edges then end the run where they were.
     */
    private static void paragraph(List<Node> run) {
        boolean blank = run.stream().allMatch(node -> node instanceof TextNode text && text.isBlank());
        if (!blank && run.stream().noneMatch(EssayHtml::holdsBlock)) {
            Element p = new Element("p");
            run.get(0).before(p);
            run.forEach(p::appendChild);
        }
        run.clear();
    }

    /** The lines of preformatted text stay lines. */
    private static void keepLines(Element pre) {
        for (TextNode text : pre.textNodes()) {
            String[] lines = text.getWholeText().split("\\R", -1);
            if (lines.length > 1) {
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        text.before(new Element("br"));
                    }
                    text.before(new TextNode(lines[i]));
                }
                text.remove();
            }
        }
    }

    /** Plain text (an uploaded file's) as essay HTML: a paragraph per blank-line-separated block. */
    public static String fromText(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>")
                    .append(Entities.escape(paragraph.strip()).replaceAll("\\R", "<br>"))
                    .append("</p>");
        }
        return html.toString();
    }
}

package edu.aum.course.essay.api;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * What an essay's HTML may hold: paragraphs, line breaks, bold, italics, lists and quotes, and nothing
 * else (no scripts, no event handlers, no links, no images, no styles). Applied to everything that
 * arrives from an editor, and to instructors' feedback.
 */
public final class EssayHtml {

    static final Safelist ESSAY =
            Safelist.none().addTags("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "blockquote");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false)
            .escapeMode(Entities.EscapeMode.base)
            .charset("UTF-8");

    private EssayHtml() {}

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", ESSAY, OUTPUT).strip();
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

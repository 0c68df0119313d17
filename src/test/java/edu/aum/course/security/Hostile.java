package edu.aum.course.security;

import java.util.List;

/**
 * Hostile texts for every field: script and markup, SQL, CR/LF (header and CSV injection), control and bidi
 * characters, NUL, formula cells, path traversal, odd Unicode, and very long fields.
 */
final class Hostile {

    static final String SCRIPT = "<script>alert('suite')</script>";

    static final List<String> TEXTS = List.of(
            SCRIPT,
            "<img src=x onerror=alert('suite')>",
            "\"><svg onload=alert('suite')>",
            "javascript:alert('suite')",
            "<a href=\"javascript:alert('suite')\">x</a>",
            "{{7*7}}${7*7}#{7*7}",
            "' OR '1'='1",
            "1; DROP TABLE accounts; --",
            "\" OR 1=1 -- ",
            "%' UNION SELECT password_hash FROM accounts --",
            "line\r\nSet-Cookie: suite=1",
            "line\nX-Injected: yes",
            "tab\there\u000bvertical\fform",
            "nul\u0000byte",
            "bell\u0007escape\u001b[31mred",
            "\u202eevil\u202c bidi \u2066isolate\u2069 \u200f",
            "zero\u200bwidth\u200d\ufeffbom",
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1+1)",
            "../../../../etc/passwd",
            "%00%0d%0a%3Cscript%3E",
            "\ud83d\ude00 emoji \u0301 combining",
            "\ud800 lone surrogate",
            "x".repeat(100_000),
            "<p>" + "word ".repeat(20_000) + "</p>",
            "");

    /** What must never come back unescaped in an HTML answer. */
    static final List<String> RAW_MARKUP =
            List.of("<script>alert('suite')", "<img src=x onerror", "<svg onload", "<a href=\"javascript:alert");

    private Hostile() {}

    /** The raw markup an answer echoes back, if any. */
    static String echoedMarkup(String body) {
        return RAW_MARKUP.stream().filter(body::contains).findFirst().orElse(null);
    }
}

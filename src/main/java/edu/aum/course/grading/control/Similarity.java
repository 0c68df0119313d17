package edu.aum.course.grading.control;

import edu.aum.course.essay.api.WordCounter;
import edu.aum.course.grading.api.Review;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much two essays share: the Jaccard index of their word 3-shingles (runs of three words, case and
 * punctuation ignored), and the words of one that lie in a shingle of the other, for highlighting.
 * A report for the marker, not a verdict.
 */
public final class Similarity {

    static final int SHINGLE = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Similarity() {}

    /** The essay's text without markup, as the word count reads it: blocks become lines, entities decoded. */
    public static String plainText(String html) {
        return WordCounter.plainText(html).strip();
    }

    public static List<String> words(String plain) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }

    public static Set<String> shingles(List<String> words) {
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return shingles;
    }

    public static Set<String> shinglesOfHtml(String html) {
        return shingles(words(plainText(html)));
    }

    /** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /**
     * The pairing rule: an essay compared with a newer one notes it when they share more than it shares with
     * the essay it has noted (none noted yet: more than nothing), as stored (Review.share), so both essays of
     * a similar pair show each other.
     */
    public static boolean isCloser(double share, BigDecimal noted) {
        BigDecimal stored = Review.share(share);
        return stored.signum() > 0 && (noted == null || stored.compareTo(noted) > 0);
    }

    /**
     * The essay as escaped HTML (lines kept) with every word that belongs to a shingle shared with the
     * other essay wrapped in {@code <mark>}.
     */
    public static String highlight(String html, Set<String> otherShingles) {
        String plain = plainText(html);
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        boolean[] shared = new boolean[words.size()];
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            if (otherShingles.contains(String.join(" ", words.subList(i, i + SHINGLE)))) {
                for (int j = i; j < i + SHINGLE; j++) {
                    shared[j] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            out.append(escape(plain.substring(at, span[0])));
            String word = escape(plain.substring(span[0], span[1]));
            out.append(shared[i] ? "<mark>" + word + "</mark>" : word);
            at = span[1];
        }
        out.append(escape(plain.substring(at)));
        return out.toString().replace("</mark> <mark>", " ").replace("\n", "<br/>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

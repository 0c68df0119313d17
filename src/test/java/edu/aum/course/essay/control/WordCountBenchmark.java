package edu.aum.course.essay.control;

import edu.aum.course.essay.api.WordCounter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * How long the one WordCounter takes for a 600-word essay and a 100,000-word text, as HTML (what the
 * editor sends) and as plain text (an uploaded file's): `mvn -q -Pbenchmark-words`. Each case is warmed
 * up first, then timed call by call; the median is printed.
 */
public final class WordCountBenchmark {

    private static final String[] VOCABULARY = {
        "U.S.-Russia",
        "relations",
        "détente",
        "перезагрузка",
        "1991",
        "treaty",
        "O'Connor",
        "well-written",
        "Cold",
        "War",
        "arms",
        "control",
        "and/or",
        "Москва",
        "diplomacy"
    };

    private WordCountBenchmark() {}

    public static void main(String[] args) {
        System.out.printf(
                "WordCounter benchmark (Java %s, %d cores)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        for (int words : new int[] {600, 100_000}) {
            String text = text(words);
            String html = html(words);
            run("plain", words, text, WordCounter::countText);
            run("HTML ", words, html, WordCounter::countHtml);
        }
    }

    private static void run(String kind, int words, String input, ToIntFunction<String> counter) {
        int counted = counter.applyAsInt(input);
        if (counted != words) {
            throw new IllegalStateException(kind + ": counted " + counted + ", expected " + words);
        }
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        int sink = 0;
        while (System.nanoTime() < warmUntil) {
            sink += counter.applyAsInt(input);
        }
        int runs = words > 10_000 ? 31 : 2001;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += counter.applyAsInt(input);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "%s %,7d words (%,9d chars): median %10.3f ms per call  (min %.3f, max %.3f; %d calls)%s%n",
                kind,
                words,
                input.length(),
                nanos[runs / 2] / 1e6,
                nanos[0] / 1e6,
                nanos[runs - 1] / 1e6,
                runs,
                sink == 42 ? " " : "");
    }

    private static String text(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : i % 60 == 0 ? "\n\n" : " ").append(VOCABULARY[i % VOCABULARY.length]);
        }
        return text.toString();
    }

    /** Paragraphs of 60 words with some bold and italics, as the editor produces them. */
    private static String html(int words) {
        StringBuilder html = new StringBuilder("<p>");
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                html.append(i % 60 == 0 ? "</p><p>" : " ");
            }
            String word = VOCABULARY[i % VOCABULARY.length];
            html.append(i % 7 == 0 ? "<strong>" + word + "</strong>" : i % 11 == 0 ? "<em>" + word + "</em>" : word);
        }
        return html.append("</p>").toString();
    }
}

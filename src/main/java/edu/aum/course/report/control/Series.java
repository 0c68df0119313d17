package edu.aum.course.report.control;

import edu.aum.course.platform.i18n.Language;
import java.io.Serializable;

/**
 * One line of a chart: the university it counts, by its names in both languages (the page may switch language), or
 * all the others together (names null), and its count a week.
 */
public record Series(String nameEn, String nameRu, long[] counts) implements Serializable {

    public static Series theRest(long[] counts) {
        return new Series(null, null, counts);
    }

    public boolean isTheRest() {
        return nameEn == null;
    }

    /** The name in this language (null for the rest). */
    public String name(Language language) {
        return language == Language.RU ? nameRu : nameEn;
    }

    public long total() {
        return Report.sum(counts);
    }
}

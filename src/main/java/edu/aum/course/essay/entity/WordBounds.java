package edu.aum.course.essay.entity;

import edu.aum.course.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How many words an essay must have, both ends inclusive (by default 500–700 for a "600-word essay"). */
@Embeddable
public class WordBounds implements java.io.Serializable {

    public static final int DEFAULT_MIN = 500;
    public static final int DEFAULT_MAX = 700;

    @Column(name = "min_words", nullable = false)
    private int min;

    @Column(name = "max_words", nullable = false)
    private int max;

    protected WordBounds() {
        // for JPA
    }

    public WordBounds(int min, int max) {
        if (min < 1 || max < min) {
            throw new BusinessException("assignment.words.invalid");
        }
        this.min = min;
        this.max = max;
    }

    public static WordBounds standard() {
        return new WordBounds(DEFAULT_MIN, DEFAULT_MAX);
    }

    public boolean contains(int words) {
        return words >= min && words <= max;
    }

    /** Refuses a count outside the bounds with the count and the bounds in the message. */
    public void require(int words) {
        if (!contains(words)) {
            throw new BusinessException(
                    words < min ? "submission.words.tooFew" : "submission.words.tooMany", words, min, max);
        }
    }

    public int getMin() {
        return min;
    }

    public int getMax() {
        return max;
    }
}

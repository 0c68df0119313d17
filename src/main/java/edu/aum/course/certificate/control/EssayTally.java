package edu.aum.course.certificate.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * What an enrollment's released, counted essays add up to: how many distinct assignments were passed,
 * how many were released at all, and the average of their released scores (passed or failed).
 */
public record EssayTally(int passed, int released, BigDecimal averageOrNull) implements java.io.Serializable {

    public static final EssayTally NONE = new EssayTally(0, 0, Optional.empty());

    /** Kept in a view, so the average is held as such (an Optional does not serialize). */
    public EssayTally(int passed, int released, Optional<BigDecimal> average) {
        this(passed, released, average.orElse(null));
    }

    public Optional<BigDecimal> average() {
        return Optional.ofNullable(averageOrNull);
    }

    public static EssayTally of(Collection<ReleasedEssay> essays) {
        int passed = (int) essays.stream()
                .filter(ReleasedEssay::passed)
                .mapToLong(ReleasedEssay::assignmentId)
                .distinct()
                .count();
        var scored = essays.stream()
                .filter(e -> e.score() != null)
                .map(ReleasedEssay::score)
                .toList();
        Optional<BigDecimal> average = scored.isEmpty()
                ? Optional.empty()
                : Optional.of(scored.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP));
        return new EssayTally(passed, essays.size(), average);
    }
}

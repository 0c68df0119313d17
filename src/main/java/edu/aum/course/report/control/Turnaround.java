package edu.aum.course.report.control;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long essays released in a week took from submission to release, in whole hours: how many, the median and the
 * 90th percentile (nearest rank: the smallest time that so many of the essays took at most). Null times: nothing
 * released.
 */
public record Turnaround(long released, Long medianHours, Long p90Hours) implements Serializable {

    public static final Turnaround NONE = new Turnaround(0, null, null);

    /** From how many essays took each number of hours. */
    public static Turnaround of(Map<Long, Long> essaysByHours) {
        TreeMap<Long, Long> sorted = new TreeMap<>(essaysByHours);
        long released = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (released == 0) {
            return NONE;
        }
        return new Turnaround(released, rank(sorted, released, 50), rank(sorted, released, 90));
    }

    private static Long rank(TreeMap<Long, Long> sorted, long n, int percent) {
        long rank = Math.max(1, (n * percent + 99) / 100); // ceil(n · p / 100)
        long seen = 0;
        for (Map.Entry<Long, Long> e : sorted.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        return sorted.lastKey();
    }

    // getters for the page: Jakarta EL 5 does not read record components
    public long getReleased() {
        return released;
    }

    public Long getMedianHours() {
        return medianHours;
    }

    public Long getP90Hours() {
        return p90Hours;
    }
}

package edu.aum.course.grading.control;

import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.platform.faces.ChartJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A grade distribution: released scores counted in five equal bands of the rubric's maximum
 * (0–20 %, ... 80–100 %), passes and fails apart, as the data of a Chart.js bar chart.
 */
public final class Distribution {

    static final int BANDS = 5;

    private Distribution() {}

    /** Passes and fails per band; a score at a band's upper edge falls into the band above (the top band holds the maximum). */
    public static int[][] count(List<GradingStats.Score> scores, BigDecimal max) {
        int[][] counts = new int[2][BANDS];
        for (GradingStats.Score s : scores) {
            int band = max.signum() <= 0
                    ? BANDS - 1
                    : s.score()
                            .multiply(BigDecimal.valueOf(BANDS))
                            .divide(max, 0, RoundingMode.FLOOR)
                            .intValue();
            band = Math.max(0, Math.min(BANDS - 1, band));
            counts[s.result() == SubmissionResult.PASS ? 0 : 1][band]++;
        }
        return counts;
    }

    /** The bands' labels as points, e.g. "0–8", "8–16", ... for a maximum of 40. */
    public static List<String> labels(BigDecimal max) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < BANDS; i++) {
            labels.add(edge(max, i) + "–" + edge(max, i + 1));
        }
        return labels;
    }

    private static String edge(BigDecimal max, int i) {
        return max.multiply(BigDecimal.valueOf(i))
                .divide(BigDecimal.valueOf(BANDS), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A Chart.js stacked bar chart of the counts, passes green and fails red; texts in the page's language. */
    public static String chartJson(List<String> labels, int[][] counts, String passLabel, String failLabel) {
        return ChartJson.bars(
                labels,
                List.of(
                        new ChartJson.Dataset(passLabel, boxed(counts[0]), "#1e7b34"),
                        new ChartJson.Dataset(failLabel, boxed(counts[1]), "#b42318")),
                true);
    }

    private static List<Integer> boxed(int[] counts) {
        return java.util.Arrays.stream(counts).boxed().toList();
    }
}

package edu.aum.course.grading.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.api.SubmissionResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

    private static GradingStats.Score score(String points, SubmissionResult result) {
        return new GradingStats.Score(new BigDecimal(points), result);
    }

    @Test
    void scoresFallIntoFiveBandsOfTheMaximumPassesAndFailsApart() {
        var scores = List.of(
                score("4", SubmissionResult.FAIL),
                score("8", SubmissionResult.FAIL),
                score("28", SubmissionResult.PASS),
                score("31", SubmissionResult.PASS),
                score("40", SubmissionResult.PASS));
        int[][] counts = Distribution.count(scores, new BigDecimal("40"));
        assertArrayEquals(new int[] {0, 0, 0, 2, 1}, counts[0]);
        assertArrayEquals(new int[] {1, 1, 0, 0, 0}, counts[1]);
        assertEquals(List.of("0–8", "8–16", "16–24", "24–32", "32–40"), Distribution.labels(new BigDecimal("40")));
    }

    @Test
    void theChartIsChartJsJsonWithTheLabelsEscaped() {
        String json = Distribution.chartJson(List.of("0–8"), new int[][] {{1}, {2}}, "Pass \"ok\"", "Не зачтено");
        assertTrue(json.startsWith("{\"type\":\"bar\""), json);
        assertTrue(json.contains("\"label\":\"Pass \\\"ok\\\"\",\"data\":[1]"), json);
        assertTrue(json.contains("\"label\":\"Не зачтено\",\"data\":[2]"), json);
    }

    @Test
    void theChartHasTheShapeChartJsReads() {
        String json = Distribution.chartJson(List.of("0–8", "8–16"), new int[][] {{1, 0}, {2, 3}}, "Pass", "Fail");
        // the text the chart was written as by hand before it was built with JSON-P
        String expected = "{\"type\":\"bar\",\"data\":{\"labels\":[\"0–8\",\"8–16\"],\"datasets\":["
                + "{\"label\":\"Pass\",\"data\":[1,0],\"backgroundColor\":\"#1e7b34\"},"
                + "{\"label\":\"Fail\",\"data\":[2,3],\"backgroundColor\":\"#b42318\"}]},"
                + "\"options\":{\"responsive\":true,\"scales\":{\"x\":{\"stacked\":true},"
                + "\"y\":{\"stacked\":true,\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
        assertEquals(parse(expected), parse(json));
    }

    @Test
    void noTextCanCloseTheScriptThePageWritesTheChartInto() {
        String json = Distribution.chartJson(List.of("a"), new int[][] {{1}, {2}}, "</script><b>", "Fail");
        assertFalse(json.contains("<"), json);
        assertEquals(
                "</script><b>",
                parse(json)
                        .getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getString("label"));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}

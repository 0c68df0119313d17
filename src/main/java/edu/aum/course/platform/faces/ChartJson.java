package edu.aum.course.platform.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js configuration for p:chart's value: bars (stacked or side by side) or lines, one dataset per series
 * (the grading dashboard's distribution and the admin dashboards). The page writes it inside a script, so a
 * {@code <} (which can only stand in a string) is written as a Unicode escape.
 */
public final class ChartJson {

    /** Colours far enough apart for most kinds of colour blindness (Okabe–Ito), dark enough on white. */
    static final List<String> COLOURS =
            List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#6b6b6b");

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /**
     * One series: its legend, a value a label (null: no value, e.g. no essay released that week) and its colour
     * (null: the next of COLOURS).
     */
    public record Dataset(String label, List<? extends Number> values, String colour) {
        public Dataset(String label, List<? extends Number> values) {
            this(label, values, null);
        }
    }

    private ChartJson() {}

    public static String bars(List<String> labels, List<Dataset> datasets, boolean stacked) {
        return chart("bar", labels, datasets, stacked);
    }

    public static String lines(List<String> labels, List<Dataset> datasets) {
        return chart("line", labels, datasets, false);
    }

    private static String chart(String type, List<String> labels, List<Dataset> datasets, boolean stacked) {
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (int i = 0; i < datasets.size(); i++) {
            Dataset dataset = datasets.get(i);
            String colour = dataset.colour() == null ? COLOURS.get(i % COLOURS.size()) : dataset.colour();
            sets.add(dataset(dataset, colour, type.equals("line")));
        }
        JsonObjectBuilder y = JSON.createObjectBuilder()
                .add("stacked", stacked)
                .add("beginAtZero", true)
                .add("ticks", JSON.createObjectBuilder().add("precision", 0));
        return JSON.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        JSON.createObjectBuilder()
                                .add("labels", JSON.createArrayBuilder(labels))
                                .add("datasets", sets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        JSON.createObjectBuilder()
                                                                .add("stacked", stacked))
                                                .add("y", y)))
                .build()
                .toString()
                .replace("<", "\\u003c");
    }

    /** A bar is filled with its colour; a line is drawn in it (its borderColor). */
    private static JsonObjectBuilder dataset(Dataset dataset, String colour, boolean line) {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (Number value : dataset.values()) {
            if (value == null) {
                values.addNull();
            } else {
                values.add(value.longValue());
            }
        }
        JsonObjectBuilder set = JSON.createObjectBuilder()
                .add("label", dataset.label())
                .add("data", values)
                .add("backgroundColor", colour);
        return line ? set.add("borderColor", colour) : set;
    }
}

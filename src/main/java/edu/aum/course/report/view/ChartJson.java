package edu.aum.course.report.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/** A Chart.js configuration for p:chart's value: bars (stacked or side by side) or lines, one dataset per series. */
final class ChartJson {

    /** Colours far enough apart for most kinds of colour blindness (Okabe–Ito), dark enough on white. */
    static final List<String> COLOURS =
            List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#6b6b6b");

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** One series: its legend and a value a label (null: no value, e.g. no essay released that week). */
    record Dataset(String label, List<? extends Number> values) {}

    private ChartJson() {}

    static String bars(List<String> labels, List<Dataset> datasets, boolean stacked) {
        return chart("bar", labels, datasets, stacked);
    }

    static String lines(List<String> labels, List<Dataset> datasets) {
        return chart("line", labels, datasets, false);
    }

    private static String chart(String type, List<String> labels, List<Dataset> datasets, boolean stacked) {
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (int i = 0; i < datasets.size(); i++) {
            sets.add(dataset(datasets.get(i), COLOURS.get(i % COLOURS.size())));
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

    private static JsonObjectBuilder dataset(Dataset dataset, String colour) {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (Number value : dataset.values()) {
            if (value == null) {
                values.addNull();
            } else {
                values.add(value.longValue());
            }
        }
        return JSON.createObjectBuilder()
                .add("label", dataset.label())
                .add("data", values)
                .add("backgroundColor", colour)
                .add("borderColor", colour);
    }
}

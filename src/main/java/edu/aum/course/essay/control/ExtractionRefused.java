package edu.aum.course.essay.control;

import java.util.List;

/** An uploaded file whose text cannot be taken; the key names the reason in the bundles (essay.upload.*). */
public class ExtractionRefused extends Exception {

    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> arguments;

    public ExtractionRefused(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }
}

package edu.aum.course.enrollment.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every refusal a service or entity throws, and every success message, has its text in the bundles. */
class BusinessKeysTest {

    private static final Pattern KEY =
            Pattern.compile("(?:BusinessException|Pages\\.redirect)\\((?:\"[^\"]*\", )?\"([A-Za-z0-9_.]+)\"");

    @Test
    void everyKeyExists() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/edu/aum/course/i18n/messages.properties"), StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    found++;
                    if (!bundle.containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(found > 30, "the pattern finds the keys: " + found);
        assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
    }
}

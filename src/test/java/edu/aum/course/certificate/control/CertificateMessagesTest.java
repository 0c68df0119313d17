package edu.aum.course.certificate.control;

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

/** Every problem key the certificate engine reports has a text in English and in Russian. */
class CertificateMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/edu/aum/course/certificate");
    private static final Pattern KEY = Pattern.compile("\"(certificate\\.[A-Za-z.]+)\"");

    @Test
    void everyProblemKeyIsInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                String source = Files.readString(file);
                while (matcher.find()) {
                    // a configuration property (@ConfigProperty(name = "certificate....")) is not a text
                    if (!source.substring(Math.max(0, matcher.start() - 8), matcher.start())
                            .contains("name =")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertTrue(used.size() > 10, used.toString());
        for (String bundle : new String[] {"messages.properties", "messages_ru.properties"}) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(load(bundle).stringPropertyNames());
            // e-mail templates live in mail*.properties as <template>.subject and <template>.body
            Properties mail = load(bundle.replace("messages", "mail"));
            missing.removeIf(key -> mail.containsKey(key + ".subject") && mail.containsKey(key + ".body"));
            assertTrue(missing.isEmpty(), bundle + " lacks " + missing);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/edu/aum/course/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

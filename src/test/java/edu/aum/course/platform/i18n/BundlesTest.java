package edu.aum.course.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the interface shows exists in English and in Russian, and no view holds literal text. */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/edu/aum/course/i18n");
    private static final Path VIEWS = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern VIEW_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern JAVA_KEY =
            Pattern.compile("(?:Messages\\.(?:error|info|text)\\([^\"]*|BusinessException\\()\"([A-Za-z0-9_.]+)\"");
    private static final Pattern POLICY_KEY = Pattern.compile("\"((?:password|name|email|token)\\.[A-Za-z]+)\"");

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        assertEquals(
                load("messages.properties").stringPropertyNames(),
                load("messages_ru.properties").stringPropertyNames());
    }

    @Test
    void everyMailHasASubjectAndABodyInBothLanguages() throws IOException {
        Set<String> english = load("mail.properties").stringPropertyNames();
        assertEquals(english, load("mail_ru.properties").stringPropertyNames());
        for (String key : english) {
            if (key.endsWith(".subject")) {
                String body = key.replaceFirst("\\.subject$", ".body");
                assertTrue(english.contains(body), body);
            }
        }
    }

    @Test
    void everyKeyTheViewsAndServicesUseExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path file : files(VIEWS, ".xhtml")) {
            collect(VIEW_KEY, Files.readString(file), keys, missing, file);
        }
        for (Path file : files(JAVA, ".java")) {
            String source = Files.readString(file);
            collect(JAVA_KEY, source, keys, missing, file);
            collect(POLICY_KEY, source, keys, missing, file);
        }
        assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
    }

    @Test
    void everyEnumShownHasALabel() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        for (Role role : Role.values()) {
            assertTrue(keys.contains("Role." + role), "Role." + role);
        }
        for (Language language : Language.values()) {
            assertTrue(keys.contains("Language." + language), "Language." + language);
            assertTrue(keys.contains("language." + language), "language." + language);
        }
    }

    @Test
    void viewsHoldNoLiteralText() throws IOException {
        Pattern literalAttribute = Pattern.compile(
                "\\b(value|label|header|headerText|title|summary|placeholder|requiredMessage)=\"([^\"#]*[A-Za-zА-Яа-я]{2}[^\"]*)\"");
        Pattern textBetweenTags = Pattern.compile(">\\s*([^<>#{}\\s][^<>#{}]*[A-Za-zА-Яа-я]{2}[^<>{}]*)<");
        List<String> found = new ArrayList<>();
        for (Path file : files(VIEWS, ".xhtml")) {
            String view = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
            Matcher attribute = literalAttribute.matcher(view);
            while (attribute.find()) {
                if (!attribute.group(1).equals("value") || !attribute.group(2).matches("[a-z:/.]+")) {
                    found.add(file + ": " + attribute.group());
                }
            }
            Matcher text = textBetweenTags.matcher(view);
            while (text.find()) {
                found.add(file + ": " + text.group(1).strip());
            }
        }
        assertTrue(found.isEmpty(), "literal text in views: " + found);
    }

    private static void collect(Pattern pattern, String source, Set<String> keys, Set<String> missing, Path file) {
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            if (!keys.contains(matcher.group(1))) {
                missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
            }
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

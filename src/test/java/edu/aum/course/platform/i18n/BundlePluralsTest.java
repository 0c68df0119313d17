package edu.aum.course.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every count in the page and mail bundles is an ICU plural that says the right form in English and in
 * Russian, and no text uses {n,choice,...} (which cannot say 2 студента / 5 студентов) for a count.
 */
class BundlePluralsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/edu/aum/course/i18n");
    private static final List<String> FILES =
            List.of("messages.properties", "messages_ru.properties", "mail.properties", "mail_ru.properties");
    private static final int[] COUNTS = {0, 1, 2, 5, 11, 21, 22, 25};
    private static final Pattern CHOICE = Pattern.compile("\\{\\s*\\d+\\s*,\\s*choice\\s*,");

    /** The CLDR categories written out by hand, so the test does not ask ICU what it should say. */
    private static String category(Locale locale, int n) {
        if (locale.getLanguage().equals("en")) {
            return n == 1 ? "one" : "other";
        }
        if (n % 10 == 1 && n % 100 != 11) {
            return "one";
        }
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
            return "few";
        }
        return "many";
    }

    @Test
    void noBundleUsesChoiceForACount() throws IOException {
        for (String file : FILES) {
            load(file)
                    .forEach((key, value) -> assertFalse(
                            CHOICE.matcher(value.toString()).find(), file + " " + key + " uses {n,choice,…}"));
        }
    }

    @Test
    void everyPluralParsesAndSaysTheRightForm() throws IOException {
        int plurals = 0;
        for (String file : FILES) {
            Locale locale = file.contains("_ru") ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
            for (Map.Entry<Object, Object> entry : load(file).entrySet()) {
                String key = entry.getKey().toString();
                if (key.startsWith("jakarta.faces.")) {
                    continue; // formatted by JSF itself with java.text.MessageFormat
                }
                String pattern = entry.getValue().toString();
                MessagePattern parsed = new MessagePattern(pattern); // throws on a broken pattern
                Map<Integer, Map<String, String>> branches = pluralBranches(parsed);
                for (var plural : branches.entrySet()) {
                    plurals++;
                    checkForms(file + " " + key, pattern, locale, plural.getKey(), plural.getValue());
                }
            }
        }
        assertTrue(plurals >= 60, "plurals found: " + plurals);
    }

    private static void checkForms(
            String where, String pattern, Locale locale, int argument, Map<String, String> branches) {
        assertTrue(branches.containsKey("other"), where + ": no 'other'");
        assertTrue(branches.containsKey("one"), where + ": no 'one'");
        if (locale.getLanguage().equals("ru") && branches.containsKey("few") != branches.containsKey("many")) {
            fail(where + ": Russian needs both 'few' and 'many' (or neither, when the forms are alike)");
        }
        for (int n : COUNTS) {
            Object[] arguments = new Object[10];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = i == argument ? n : 3;
            }
            String text = MessagePatterns.format(pattern, locale, arguments);
            String branch = branches.getOrDefault("=" + n, null);
            if (branch == null) {
                branch = branches.getOrDefault(category(locale, n), branches.get("other"));
            }
            String expected = branch.replace("#", String.valueOf(n));
            if (!expected.contains("{")) {
                assertTrue(text.contains(expected), where + " with " + n + ": '" + text + "' lacks '" + expected + "'");
            }
            assertFalse(text.contains("{"), where + " with " + n + ": " + text);
        }
    }

    /** For each plural argument its branches: keyword (one, few, =0, ...) to the branch's pattern text. */
    private static Map<Integer, Map<String, String>> pluralBranches(MessagePattern parsed) {
        Map<Integer, Map<String, String>> all = new HashMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part start = parsed.getPart(i);
            if (start.getType() != MessagePattern.Part.Type.ARG_START
                    || start.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            int argument = parsed.getPart(i + 1).getValue();
            Map<String, String> branches = new HashMap<>();
            int limit = parsed.getLimitPartIndex(i);
            for (int j = i + 2; j < limit; j++) {
                MessagePattern.Part selector = parsed.getPart(j);
                if (selector.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    int messageStart = j + 1;
                    if (parsed.getPart(messageStart).getType().hasNumericValue()) {
                        messageStart++;
                    }
                    int messageLimit = parsed.getLimitPartIndex(messageStart);
                    String text = parsed.getPatternString()
                            .substring(
                                    parsed.getPart(messageStart).getLimit(),
                                    parsed.getPart(messageLimit).getIndex());
                    branches.put(parsed.getSubstring(selector), text);
                    j = messageLimit;
                }
            }
            all.put(argument, branches);
            i = limit;
        }
        return all;
    }

    @Test
    void russianCountsOfStudentsResultsAndWords() {
        Locale ru = Locale.forLanguageTag("ru");
        List<String> seen = new ArrayList<>();
        for (int n : new int[] {1, 2, 5, 11, 21}) {
            seen.add(Messages.text(ru, "admin.import.allDone", n));
            seen.add(Messages.text(ru, "grading.releasedAll", n));
        }
        assertEquals(
                List.of(
                        "Записан 1 студент.",
                        "Опубликован 1 результат.",
                        "Записаны все 2 студента.",
                        "Опубликовано 2 результата.",
                        "Записаны все 5 студентов.",
                        "Опубликовано 5 результатов.",
                        "Записаны все 11 студентов.",
                        "Опубликовано 11 результатов.",
                        "Записан 21 студент.",
                        "Опубликован 21 результат."),
                seen);
        assertEquals("1 слово (нужно 500–700)", Messages.text(ru, "essay.write.count", 1, 500, 700));
        assertEquals("2 слова (нужно 500–700)", Messages.text(ru, "essay.write.count", 2, 500, 700));
        assertEquals("Зачтено эссе: 2; нужно: 4.", Messages.text(ru, "certificate.eligibility.essays", 2, 4));
    }

    @Test
    void englishSingularAndPlural() {
        assertEquals("1 result released.", Messages.text(Locale.ENGLISH, "grading.releasedAll", 1));
        assertEquals("2 results released.", Messages.text(Locale.ENGLISH, "grading.releasedAll", 2));
        assertEquals("1 word (500–700)", Messages.text(Locale.ENGLISH, "essay.write.count", 1, 500, 700));
        assertEquals("No seats left", Messages.text(Locale.ENGLISH, "catalogue.seatsLeft", 0));
        assertEquals("1 seat left", Messages.text(Locale.ENGLISH, "catalogue.seatsLeft", 1));
    }

    @Test
    void aCountKeptAsTextIsCountedAndOtherTextStaysAsItIs() {
        assertEquals(
                "Зачтено 3 эссе; нужно: 4.",
                MessagePatterns.format(
                        "Зачтено {0, plural, one{# эссе} other{# эссе}}; нужно: {1, number, integer}.",
                        Locale.forLanguageTag("ru"),
                        "3",
                        "4"));
        assertEquals("Serial 0012", MessagePatterns.format("Serial {0}", Locale.ENGLISH, "0012"));
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

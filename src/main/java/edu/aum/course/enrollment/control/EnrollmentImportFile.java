package edu.aum.course.enrollment.control;

import edu.aum.course.platform.text.TextFiles;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A bulk enrollment file as administrators make it, usually in Excel: one student a row with
 * e-mail, full name, university and student number; comma, semicolon or tab separated; UTF-8 (with or
 * without BOM) or Windows-1251; an optional header row. Every bad row is reported with its line.
 */
public final class EnrollmentImportFile {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    static final int COLUMNS = 4;
    static final int EMAIL_MAX = 254;
    static final int NAME_MAX = 200;
    static final int STUDENT_NUMBER_MAX = 50;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern HEADER = Pattern.compile(
            "(?iu)(e-?mail|e-?mail address|электронная почта|адрес электронной почты|адрес почты|почта|эл\\.? ?почта)");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** A row that can be imported. */
    public record Row(int line, String email, String fullName, String university, String studentNumber)
            implements java.io.Serializable {}

    /** Why a row (or, at line 0, the whole file) cannot be imported: a bundle key and its arguments. */
    public record Problem(int line, String key, List<Object> arguments) implements java.io.Serializable {
        Problem(int line, String key, Object... arguments) {
            this(line, key, List.of(arguments));
        }
    }

    /** What a file holds. */
    public record Parsed(List<Row> rows, List<Problem> problems) {}

    private EnrollmentImportFile() {}

    public static Parsed parse(byte[] content) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (content.length > MAX_BYTES) {
            problems.add(new Problem(0, "import.file.tooLarge", MAX_BYTES / (1024 * 1024)));
            return new Parsed(rows, problems);
        }
        String text = TextFiles.decode(content);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean first = true;
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (IllegalStateException | java.io.UncheckedIOException e) {
                    problems.add(new Problem(line, "import.file.unreadable"));
                    break;
                }
                if (first && isHeader(record)) {
                    first = false;
                    continue;
                }
                first = false;
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(0, "import.file.tooManyRows", MAX_ROWS));
                    break;
                }
                check(record, line, firstLineOfEmail, rows, problems);
            }
        } catch (IOException e) {
            problems.add(new Problem(0, "import.file.unreadable"));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "import.file.empty"));
        }
        return new Parsed(rows, problems);
    }

    private static void check(
            CSVRecord record, int line, Map<String, Integer> firstLineOfEmail, List<Row> rows, List<Problem> problems) {
        if (record.size() != COLUMNS) {
            problems.add(new Problem(line, "import.row.columns", COLUMNS, record.size()));
            return;
        }
        String email = record.get(0).toLowerCase(Locale.ROOT);
        String name = record.get(1).replaceAll("\\s+", " ");
        String university = record.get(2).replaceAll("\\s+", " ");
        String number = record.get(3);
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            problems.add(new Problem(line, "import.row.email", record.get(0)));
        } else if (name.isEmpty()
                || name.length() > NAME_MAX
                || !LETTER.matcher(name).find()) {
            problems.add(new Problem(line, "import.row.name", NAME_MAX));
        } else if (university.isEmpty() || university.length() > NAME_MAX) {
            problems.add(new Problem(line, "import.row.university", NAME_MAX));
        } else if (number.isEmpty() || number.length() > STUDENT_NUMBER_MAX) {
            problems.add(new Problem(line, "import.row.studentNumber", STUDENT_NUMBER_MAX));
        } else if (firstLineOfEmail.containsKey(email)) {
            problems.add(new Problem(line, "import.row.duplicate", email, firstLineOfEmail.get(email)));
        } else {
            firstLineOfEmail.put(email, line);
            rows.add(new Row(line, email, name, university, number));
        }
    }

    private static boolean isHeader(CSVRecord record) {
        return record.size() > 0 && HEADER.matcher(record.get(0).strip()).matches();
    }

    /** The separator Excel used: whichever of comma, semicolon and tab the first line has most of. */
    static char delimiterOf(String text) {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char best = ',';
        long most = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }
}

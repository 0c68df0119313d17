package edu.aum.course.certificate.control;

import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.i18n.Messages;
import edu.aum.course.platform.text.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The gradebook as a table of text and numbers in the reader's language, written as CSV (CsvWriter: UTF-8 with a
 * byte order mark, formula cells neutralized) or as XLSX (FastExcel, streamed: rows are written as they come).
 * Per assignment three columns: state, score, result; then the total, the essays passed and the standing.
 */
public final class GradebookSheet {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final List<Assignment> assignments;
    private final Language language;

    public GradebookSheet(List<Assignment> assignments, Language language) {
        this.assignments = List.copyOf(assignments);
        this.language = language;
    }

    /** The first line. */
    public List<String> header() {
        List<String> header = new ArrayList<>(List.of(
                text("gradebook.column.name"), text("gradebook.column.email"), text("gradebook.column.studentNumber")));
        for (Assignment a : assignments) {
            String title = a.title(language);
            header.add(text("gradebook.column.state", title));
            header.add(text("gradebook.column.score", title));
            header.add(text("gradebook.column.result", title));
        }
        header.addAll(List.of(
                text("gradebook.column.total"), text("gradebook.column.passed"), text("gradebook.column.standing")));
        return header;
    }

    /** One student's line: texts, and numbers as BigDecimal or Integer (null: empty). */
    public List<Object> line(GradebookRow row) {
        var enrollment = row.standing().enrollment();
        List<Object> line = new ArrayList<>(List.of(
                enrollment.getStudent().getFullName(),
                enrollment.getStudent().getEmail(),
                enrollment.getStudentNumber() == null ? "" : enrollment.getStudentNumber()));
        for (Assignment a : assignments) {
            GradebookRow.Cell cell = row.cell(a.getId());
            line.add(cell == null ? "" : text("SubmissionStatus." + cell.status()));
            line.add(cell == null ? null : cell.scoreOrNull());
            line.add(
                    cell == null || cell.resultOrNull() == null ? "" : text("SubmissionResult." + cell.resultOrNull()));
        }
        line.add(row.total());
        line.add(row.standing().tally().passed());
        line.add(standing(row.standing()));
        return line;
    }

    /** Certified, eligible or not eligible, as the eligibility page says it. */
    String standing(Standing standing) {
        if (standing.certified()) {
            return text("gradebook.standing.certified");
        }
        return text(standing.eligible() ? "gradebook.standing.eligible" : "gradebook.standing.notEligible");
    }

    /** Starts a CSV file; each page of rows then goes to {@link Csv#rows}. */
    public Csv csv(OutputStream out) throws IOException {
        return new Csv(CsvWriter.open(out, header().toArray(String[]::new)));
    }

    /** Starts an XLSX workbook of one sheet; each page of rows then goes to {@link Xlsx#rows}. */
    public Xlsx xlsx(OutputStream out) {
        Workbook workbook = new Workbook(out, "Course", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("gradebook.sheet"));
        List<String> header = header();
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        return new Xlsx(workbook, sheet);
    }

    /** The rows of a CSV file, page by page. */
    public final class Csv implements AutoCloseable {
        private final CsvWriter writer;

        private Csv(CsvWriter writer) {
            this.writer = writer;
        }

        public void rows(List<GradebookRow> rows) throws IOException {
            for (GradebookRow row : rows) {
                writer.row(line(row).toArray());
            }
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /** The rows of the sheet, page by page; each page is flushed to the stream. */
    public final class Xlsx implements AutoCloseable {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int next = 1;

        private Xlsx(Workbook workbook, Worksheet sheet) {
            this.workbook = workbook;
            this.sheet = sheet;
        }

        public void rows(List<GradebookRow> rows) throws IOException {
            for (GradebookRow row : rows) {
                List<Object> line = line(row);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    if (value instanceof BigDecimal number) {
                        sheet.value(next, c, number);
                    } else if (value instanceof Integer number) {
                        sheet.value(next, c, number);
                    } else if (value != null) {
                        sheet.value(next, c, value.toString());
                    }
                }
                next++;
            }
            sheet.flush();
        }

        @Override
        public void close() throws IOException {
            workbook.finish();
        }
    }

    /** A file name from a person's name: letters (any script), digits, spaces, dots and dashes kept. */
    static String fileName(String name) {
        String kept = name.replaceAll("[^\\p{L}\\p{N} .\\-]", "_").strip();
        return kept.isEmpty() || kept.startsWith(".") ? "_" + kept : kept;
    }

    /**
     * The file name of an essay's uploaded original beside its page: the page's name, ".original" and the extension
     * of the name it was uploaded under if that is a plain one (.docx, .pdf, ...), never the uploaded name itself,
     * which may name the student under blind marking.
     */
    static String originalName(String name, String uploadedName) {
        int dot = uploadedName == null ? -1 : uploadedName.lastIndexOf('.');
        String extension = dot < 0 ? "" : uploadedName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return name + ".original" + (extension.matches("[a-z0-9]{1,5}") ? "." + extension : "");
    }

    /** One essay as a page of its own: the assignment, the writer (or the essay's code), the version and its text. */
    static String essayPage(String title, String writer, SubmissionVersion version) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title + " — " + writer)
                + "</title></head><body><h1>" + escape(title) + "</h1><p>" + escape(writer) + " · v"
                + version.getNumber() + " · " + version.getWordCount() + " · " + version.getSubmittedAt()
                + " · SHA-256 " + version.getSha256() + "</p>\n" + version.getHtml() + "\n</body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private String text(String key, Object... arguments) {
        return Messages.text(language.locale(), key, arguments);
    }
}

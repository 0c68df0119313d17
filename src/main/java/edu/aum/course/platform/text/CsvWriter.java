package edu.aum.course.platform.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The one way the product writes CSV (RFC 4180, UTF-8, CRLF). The file starts with a byte order mark,
 * without which Excel reads UTF-8 as a legacy code page and garbles Cyrillic. A text cell that a
 * spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return) is
 * neutralized as OWASP advises: a single quote goes first and the cell is quoted, so the reader still sees
 * the value, as text. Numbers and dates are written as they are.
 */
public final class CsvWriter implements Closeable {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final char BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** A file with its header line; closing the writer flushes it (and closes the stream). */
    public static CsvWriter open(OutputStream stream, String... header) throws IOException {
        CsvWriter csv = new CsvWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        csv.out.write(BOM);
        csv.row((Object[]) header);
        return csv;
    }

    public void row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    /** One cell as it stands in the file: empty for null, neutralized if a formula, quoted when needed. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean formula = value instanceof CharSequence && isFormula(text);
        if (formula) {
            text = "'" + text;
        }
        if (formula
                || text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static boolean isFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

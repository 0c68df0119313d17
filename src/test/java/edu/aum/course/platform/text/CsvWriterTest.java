package edu.aum.course.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example\",\"x\")",
                "=cmd|' /C calc'!A0",
                "+1+1",
                "-2+3",
                "@SUM(A1:A2)",
                "\t=1",
                "\r=1",
                "=1"
            })
    void aCellASpreadsheetWouldRunIsQuotedWithASingleQuoteFirst(String value) {
        String cell = CsvWriter.cell(value);

        assertEquals("\"'" + value.replace("\"", "\"\"") + "\"", cell);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {"KFU-1|KFU-1", "a=b|a=b", "O'Connor|O'Connor", "Анна|Анна", "a,b|\"a,b\"", "'=1|'=1"})
    void otherTextStaysAsItIsOrIsQuotedByRfc4180(String value, String expected) {
        assertEquals(expected, CsvWriter.cell(value));
    }

    @Test
    void numbersAndDatesAreNotTextAndStayAsTheyAre() {
        assertEquals("-5", CsvWriter.cell(-5L));
        assertEquals("2026-09-01", CsvWriter.cell(LocalDate.parse("2026-09-01")));
        assertEquals("", CsvWriter.cell(null));
    }

    @Test
    void theFileHasAByteOrderMarkAHeaderAndCrlfLines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out, "a", "b")) {
            csv.row("=1+1", "x\ny");
        }

        assertEquals("\uFEFFa,b\r\n\"'=1+1\",\"x\ny\"\r\n", out.toString(StandardCharsets.UTF_8));
    }
}

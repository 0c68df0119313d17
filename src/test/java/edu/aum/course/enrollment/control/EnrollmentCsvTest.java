package edu.aum.course.enrollment.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrollmentCsvTest {

    private static final Instant ENROLLED = Instant.parse("2026-11-27T10:15:30.123456Z");

    @Test
    void theFileStartsWithAByteOrderMarkAndIsUtf8() throws IOException {
        byte[] bytes = write(List.of(row("Анна Петрова", "МГУ", null)));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(
                "email,full_name,university,country,student_number,status,enrolled_at,withdrawn_reason\r\n"
                        + "anna@msu.ru,Анна Петрова,МГУ,RU,12-345,ACTIVE,2026-11-27T10:15:30Z,\r\n",
                text);
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() throws IOException {
        String text = new String(
                write(List.of(row("O'Connor, Jr.", "The \"New\" School", "moved\nabroad"))), StandardCharsets.UTF_8);

        assertEquals(
                "anna@msu.ru,\"O'Connor, Jr.\",\"The \"\"New\"\" School\",RU,12-345,ACTIVE,2026-11-27T10:15:30Z,"
                        + "\"moved\nabroad\"\r\n",
                text.lines().skip(1).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\r\n");
    }

    @Test
    void aStudentNumberThatIsAFormulaIsNeutralized() throws IOException {
        var row = new EnrollmentCsv.Row(
                "anna@msu.ru", "@Anna", "МГУ", "RU", "=cmd|' /C calc'!A0", "ACTIVE", ENROLLED, "-withdrawn");
        String text = new String(write(List.of(row)), StandardCharsets.UTF_8);

        assertEquals(
                "anna@msu.ru,\"'@Anna\",МГУ,RU,\"'=cmd|' /C calc'!A0\",ACTIVE,2026-11-27T10:15:30Z,\"'-withdrawn\"",
                text.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void theFileNameIsSafe() {
        assertEquals(
                "enrollments-USRR-101-2026-09-01.csv",
                EnrollmentCsv.fileName("USRR-101", LocalDate.parse("2026-09-01")));
        assertEquals("enrollments-A_B_-2026-09-01.csv", EnrollmentCsv.fileName("A\"B;", LocalDate.parse("2026-09-01")));
    }

    private static EnrollmentCsv.Row row(String name, String university, String reason) {
        return new EnrollmentCsv.Row("anna@msu.ru", name, university, "RU", "12-345", "ACTIVE", ENROLLED, reason);
    }

    private static byte[] write(List<EnrollmentCsv.Row> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnrollmentCsv.write(rows, out);
        return out.toByteArray();
    }
}

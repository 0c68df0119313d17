package edu.aum.course.enrollment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.enrollment.control.EnrollmentImportFile.Problem;
import edu.aum.course.enrollment.control.EnrollmentImportFile.Row;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrollmentImportFileTest {

    @Test
    void aCommaSeparatedUtf8FileWithHeaderAndBom() {
        String csv = "\uFEFFE-mail,Full name,University,Student number\r\n"
                + "Anna@MSU.ru,Анна Петрова,Lomonosov Moscow State University,2024-117\r\n"
                + "john@gwu.edu,\"O'Neil, John\",George Washington University,G123\r\n";

        var parsed = EnrollmentImportFile.parse(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(), parsed.problems());
        assertEquals(
                List.of(
                        new Row(2, "anna@msu.ru", "Анна Петрова", "Lomonosov Moscow State University", "2024-117"),
                        new Row(3, "john@gwu.edu", "O'Neil, John", "George Washington University", "G123")),
                parsed.rows());
    }

    @Test
    void aSemicolonSeparatedWindows1251FileFromRussianExcel() {
        String csv = "Адрес почты;ФИО;Университет;Номер\n" + "ivan@mephi.ru;Иван Сидоров;НИЯУ МИФИ;Б21-505\n";

        var parsed = EnrollmentImportFile.parse(csv.getBytes(Charset.forName("windows-1251")));

        assertEquals(List.of(new Row(2, "ivan@mephi.ru", "Иван Сидоров", "НИЯУ МИФИ", "Б21-505")), parsed.rows());
    }

    @Test
    void eachBadRowIsReportedWithItsLineAndTheGoodOnesAreKept() {
        String csv = String.join(
                "\n",
                "not-an-email,Name,Uni,1",
                "a@b.ru,,Uni,2",
                "c@d.ru,Name,Uni",
                "e@f.ru,Name,,4",
                "g@h.ru,Name,Uni,",
                "ok@x.ru,Good Row,Uni,6",
                "OK@x.ru,Same Person,Uni,7",
                "i@j.ru,12345,Uni,8",
                "");

        var parsed = EnrollmentImportFile.parse(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(new Row(6, "ok@x.ru", "Good Row", "Uni", "6")), parsed.rows());
        assertEquals(
                List.of(
                        new Problem(1, "import.row.email", List.of("not-an-email")),
                        new Problem(2, "import.row.name", List.of(200)),
                        new Problem(3, "import.row.columns", List.of(4, 3)),
                        new Problem(4, "import.row.university", List.of(200)),
                        new Problem(5, "import.row.studentNumber", List.of(50)),
                        new Problem(7, "import.row.duplicate", List.of("ok@x.ru", 6)),
                        new Problem(8, "import.row.name", List.of(200))),
                parsed.problems());
    }

    @Test
    void aQuotedFieldOverSeveralLinesKeepsTheLineNumbersRight() {
        String csv = "a@b.ru,\"Anna\nPetrova\",Uni,1\nbad,Name,Uni,2\n";

        var parsed = EnrollmentImportFile.parse(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals("Anna Petrova", parsed.rows().get(0).fullName());
        assertEquals(3, parsed.problems().get(0).line());
    }

    @Test
    void emptyHugeAndBrokenFilesAreRefusedAsAWhole() {
        assertEquals(
                "import.file.empty",
                EnrollmentImportFile.parse(new byte[0]).problems().get(0).key());
        assertEquals(
                "import.file.empty",
                EnrollmentImportFile.parse("email,name,uni,number\n\n".getBytes())
                        .problems()
                        .get(0)
                        .key());
        assertEquals(
                "import.file.tooLarge",
                EnrollmentImportFile.parse(new byte[EnrollmentImportFile.MAX_BYTES + 1])
                        .problems()
                        .get(0)
                        .key());
        var broken = EnrollmentImportFile.parse("a@b.ru,\"unclosed,Uni,1\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(broken.rows().isEmpty());
        assertEquals("import.file.unreadable", broken.problems().get(0).key());
    }

    @Test
    void tooManyRowsStopTheReading() {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i <= EnrollmentImportFile.MAX_ROWS; i++) {
            csv.append("s")
                    .append(i)
                    .append("@u.ru,Student ")
                    .append(i)
                    .append(",Uni,")
                    .append(i)
                    .append('\n');
        }

        var parsed = EnrollmentImportFile.parse(csv.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals(EnrollmentImportFile.MAX_ROWS, parsed.rows().size());
        assertEquals("import.file.tooManyRows", parsed.problems().get(0).key());
    }
}

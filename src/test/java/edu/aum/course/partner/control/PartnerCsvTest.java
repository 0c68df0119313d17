package edu.aum.course.partner.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.partner.entity.PartnerSamples;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerCsvTest {

    @Test
    void theFileStartsWithABomThenTheHeaderAndKeepsCyrillic() throws Exception {
        PartnerEnrollment row =
                new PartnerEnrollment(PartnerSamples.enrollment(), new Progress(3, 2, 4, null), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PartnerCsv.write(List.of(row), out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        String[] lines = text.substring(1).split("\r\n");
        assertEquals(String.join(",", PartnerCsv.HEADER), lines[0]);
        assertTrue(
                lines[1].contains(
                        ",Ольга Морозова,olga@msu.ru,MSU-2023-0412,USRR-101,2026-12-12,2027-03-28,ACTIVE,3,2,4,,,,"),
                lines[1]);
    }

    @Test
    void theFileNameIsSafe() {
        assertEquals(
                "students-Lomonosov_Moscow_State_University.csv",
                PartnerCsv.fileName("Lomonosov Moscow State University"));
    }
}

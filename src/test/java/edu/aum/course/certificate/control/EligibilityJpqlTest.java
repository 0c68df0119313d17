package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class EligibilityJpqlTest {

    /** The floor is where EssayTally's rounding (cents, half up) starts to reach the minimum. */
    @Test
    void theFloorIsTheLeastAverageThatRoundsUpToTheMinimum() {
        for (String min : new String[] {"25", "25.00", "24.5", "0.01", "33.33"}) {
            BigDecimal floor = EligibilityJpql.floor(new BigDecimal(min));
            BigDecimal justBelow = floor.subtract(new BigDecimal("0.0001"));
            assertEquals(-1, justBelow.setScale(2, RoundingMode.HALF_UP).compareTo(new BigDecimal(min)), min);
            assertEquals(false, floor.setScale(2, RoundingMode.HALF_UP).compareTo(new BigDecimal(min)) < 0, min);
        }
        assertEquals(new BigDecimal("24.995"), EligibilityJpql.floor(new BigDecimal("25")));
    }
}

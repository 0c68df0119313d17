package edu.aum.course.essay.entity;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.platform.BusinessException;
import org.junit.jupiter.api.Test;

class WordBoundsTest {

    private final WordBounds standard = WordBounds.standard();

    @Test
    void theDefaultIsFiveHundredToSevenHundredInclusive() {
        assertEquals(500, standard.getMin());
        assertEquals(700, standard.getMax());
        assertFalse(standard.contains(499));
        assertTrue(standard.contains(500));
        assertTrue(standard.contains(700));
        assertFalse(standard.contains(701));
    }

    @Test
    void aCountOutsideIsRefusedWithTheCountAndTheBounds() {
        var tooFew = assertThrows(BusinessException.class, () -> standard.require(499));
        assertEquals("submission.words.tooFew", tooFew.key());
        assertArrayEquals(new Object[] {499, 500, 700}, tooFew.arguments());
        var tooMany = assertThrows(BusinessException.class, () -> standard.require(701));
        assertEquals("submission.words.tooMany", tooMany.key());
        assertArrayEquals(new Object[] {701, 500, 700}, tooMany.arguments());
        standard.require(600);
    }

    @Test
    void theBoundsMustMakeSense() {
        assertRefused("assignment.words.invalid", () -> new WordBounds(0, 10));
        assertRefused("assignment.words.invalid", () -> new WordBounds(11, 10));
        new WordBounds(10, 10);
    }
}

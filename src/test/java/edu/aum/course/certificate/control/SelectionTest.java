package edu.aum.course.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void allTicksTheIssuableAndATickTogglesOneId() {
        Selection all = Selection.allIssuable();
        assertTrue(all.isChosen(1, true));
        assertFalse(all.isChosen(2, false));

        all.choose(1, true, false);
        all.choose(1, true, false); // a box submitted again as it is changes nothing
        all.choose(2, false, true);

        assertFalse(all.isChosen(1, true));
        assertTrue(all.isChosen(2, false));
        assertEquals(2, all.toggledCount());
        assertEquals(List.of(2L, 3L), all.resolve(() -> List.of(1L, 3L)));
        all.choose(1, true, true);
        assertEquals(List.of(1L, 2L, 3L), all.resolve(() -> List.of(3L, 1L)));
    }

    @Test
    void noneIsTheTickedIdsAndNeverAsksWhoIsIssuable() {
        Selection none = Selection.none();
        none.choose(5, true, true);
        none.choose(4, false, true);
        none.choose(6, true, true);
        none.choose(6, true, false);

        assertEquals(List.of(4L, 5L), none.resolve(() -> {
            throw new AssertionError("not asked");
        }));
    }
}

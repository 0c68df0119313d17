package edu.aum.course.essay.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The essay page re-renders the essay it holds: after a refused submit that is the sanitized text. */
class EssayBackingTest {

    @Test
    void thePostedEssayIsHeldSanitized() {
        EssayBacking backing = new EssayBacking();

        backing.setHtml("<p>My <i>essay</i></p><script>alert(1)</script><div onmouseover=\"alert(1)\">more</div>");

        assertEquals("<p>My <i>essay</i></p><p>more</p>", backing.getHtml());
    }

    @Test
    void noEssayIsEmpty() {
        EssayBacking backing = new EssayBacking();

        backing.setHtml(null);

        assertEquals("", backing.getHtml());
    }
}

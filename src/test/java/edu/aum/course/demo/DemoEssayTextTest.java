package edu.aum.course.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.api.WordCounter;
import edu.aum.course.essay.entity.WordBounds;
import org.junit.jupiter.api.Test;

class DemoEssayTextTest {

    @Test
    void everyDemoEssayIsWithinTheStandardBounds() {
        for (int seed = 0; seed < 8; seed++) {
            int words = WordCounter.countHtml(DemoEssayText.html("Arms Control after New START", seed));
            assertTrue(words >= WordBounds.DEFAULT_MIN && words <= WordBounds.DEFAULT_MAX, "words: " + words);
        }
    }
}

package edu.aum.course.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.entity.WordBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A demo prompt that names a number of words names its own assignment's bounds, in both languages. */
class DemoPromptsTest {

    private static final List<Pattern> RANGES = List.of(
            Pattern.compile("(?iu)(\\d+)\\s*(?:to|–|—|-)\\s*(\\d+)[\\s-]*words?"),
            Pattern.compile("(?iu)(?:от\\s+)?(\\d+)\\s*(?:до|–|—|-)\\s*(\\d+)\\s+слов"));
    private static final List<Pattern> ABOUT = List.of(
            Pattern.compile("(?iu)about\\s+(\\d+)[\\s-]*words?"),
            Pattern.compile("(?iu)(?:примерно|около)\\s+(?:в\\s+)?(\\d+)\\s+слов"));

    record Demo(Assignment.Text text, WordBounds words) {}

    private static List<Demo> demos() {
        List<Demo> demos = new ArrayList<>();
        DemoEssays.ALL.forEach(essay -> demos.add(new Demo(essay.text(), essay.words())));
        demos.add(new Demo(DemoEssays.SHORT_RESPONSE, DemoEssays.shortResponseWords()));
        return demos;
    }

    @Test
    void everyStatedRangeIsTheAssignmentsOwn() {
        for (Demo demo : demos()) {
            for (String prompt : List.of(demo.text().promptEn(), demo.text().promptRu())) {
                int stated = 0;
                for (Pattern range : RANGES) {
                    for (Matcher m = range.matcher(prompt); m.find(); stated++) {
                        assertEquals(demo.words().getMin(), Integer.parseInt(m.group(1)), prompt);
                        assertEquals(demo.words().getMax(), Integer.parseInt(m.group(2)), prompt);
                    }
                }
                for (Pattern about : ABOUT) {
                    for (Matcher m = about.matcher(prompt); m.find(); stated++) {
                        assertTrue(demo.words().contains(Integer.parseInt(m.group(1))), prompt);
                    }
                }
                assertTrue(stated > 0, () -> "no word count found, so nothing checked: " + prompt);
            }
        }
    }
}

package edu.aum.course.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.api.WordCounter;
import edu.aum.course.grading.control.Similarity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo essays (demo/DemoGrading) must be accepted by their assignments' word bounds. */
class DemoTextsTest {

    private static int words(String name) throws IOException {
        try (InputStream in = DemoTextsTest.class.getResourceAsStream("/edu/aum/course/demo/grading/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return WordCounter.countHtml(Arrays.stream(text.strip().split("\\R+"))
                    .map(p -> "<p>" + p + "</p>")
                    .collect(Collectors.joining()));
        }
    }

    @Test
    void theOpenOfferingsEssaysHave500To700Words() throws IOException {
        for (String name : new String[] {"e1.txt", "e2.txt", "e3.txt"}) {
            int words = words(name);
            assertTrue(words >= 500 && words <= 700, name + ": " + words);
        }
    }

    @Test
    void lastYearsShortResponsesHave100To300Words() throws IOException {
        for (String name : new String[] {"p1.txt", "p2.txt", "p3.txt"}) {
            int words = words(name);
            assertTrue(words >= 100 && words <= 300, name + ": " + words);
        }
    }

    @Test
    void twoOfTheDemoEssaysAreMuchAlikeAndTheThirdIsNot() throws IOException {
        double alike = Similarity.jaccard(shingles("e1.txt"), shingles("e2.txt"));
        double apart = Similarity.jaccard(shingles("e1.txt"), shingles("e3.txt"));
        assertTrue(alike > 0.15 && apart < 0.05, alike + " / " + apart);
    }

    private static java.util.Set<String> shingles(String name) throws IOException {
        try (InputStream in = DemoTextsTest.class.getResourceAsStream("/edu/aum/course/demo/grading/" + name)) {
            return Similarity.shingles(Similarity.words(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }
}

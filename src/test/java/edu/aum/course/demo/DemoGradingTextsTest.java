package edu.aum.course.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoGradingTextsTest {

    @Test
    void everyDemoTextIsFoundBesideTheClassThatReadsIt() {
        for (String name : List.of("e1.txt", "e2.txt", "e3.txt", "p1.txt", "p2.txt", "p3.txt")) {
            String html = DemoGrading.html(name);
            assertTrue(html.startsWith("<p>") && html.length() > 100, name);
        }
    }
}

package edu.aum.course.grading.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * The course's usual essay rubric (argument, evidence, structure, language; four levels each, 40 points):
 * what a new rubric starts from and what the demo uses.
 */
public final class StandardRubric {

    private static final List<RubricService.LevelDraft> LEVELS = List.of(
            level("Excellent", "Отлично", 10),
            level("Good", "Хорошо", 7),
            level("Adequate", "Удовлетворительно", 4),
            level("Weak", "Слабо", 1));

    public static final List<RubricService.CriterionDraft> CRITERIA = List.of(
            new RubricService.CriterionDraft("Argument", "Аргументация", LEVELS),
            new RubricService.CriterionDraft("Evidence", "Опора на источники", LEVELS),
            new RubricService.CriterionDraft("Structure", "Структура", LEVELS),
            new RubricService.CriterionDraft("Language", "Язык", LEVELS));

    public static final String NAME = "Essay rubric (40 points)";

    private StandardRubric() {}

    private static RubricService.LevelDraft level(String en, String ru, int points) {
        return new RubricService.LevelDraft(en, ru, BigDecimal.valueOf(points));
    }
}

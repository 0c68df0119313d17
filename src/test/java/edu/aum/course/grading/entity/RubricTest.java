package edu.aum.course.grading.entity;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.control.StandardRubric;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score is the sum of the chosen levels' points; the assignment's pass mark decides PASS or FAIL. */
class RubricTest {

    private static final Instant NOW = Instant.parse("2026-10-01T10:00:00Z");

    private final Rubric rubric = standard();

    /** The course's standard rubric, with ids as the database would give them (criterion c, level l: c*10+l). */
    static Rubric standard() {
        Rubric rubric = new Rubric(1, null, StandardRubric.NAME, NOW);
        long c = 0;
        for (var draft : StandardRubric.CRITERIA) {
            Criterion criterion = rubric.addCriterion(draft.nameEn(), draft.nameRu());
            setId(criterion, ++c);
            long l = 0;
            for (var level : draft.levels()) {
                setId(criterion.addLevel(level.labelEn(), level.labelRu(), level.points()), c * 10 + ++l);
            }
        }
        return rubric;
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** criterion 1..4 → level 1 (Excellent, 10) .. 4 (Weak, 1) */
    private static Map<Long, Long> levels(int... levelPerCriterion) {
        Map<Long, Long> levels = new HashMap<>();
        for (int i = 0; i < levelPerCriterion.length; i++) {
            levels.put(i + 1L, (i + 1L) * 10 + levelPerCriterion[i]);
        }
        return levels;
    }

    @Test
    void theScoreIsTheSumOfTheChosenLevels() {
        assertEquals(new BigDecimal("40"), rubric.score(levels(1, 1, 1, 1)));
        assertEquals(new BigDecimal("4"), rubric.score(levels(4, 4, 4, 4)));
        assertEquals(new BigDecimal("31"), rubric.score(levels(1, 2, 1, 3)));
        assertEquals(new BigDecimal("40"), rubric.maxPoints());
    }

    @Test
    void everyCriterionNeedsOneOfItsOwnLevels() {
        assertFalse(rubric.isComplete(levels(1, 1, 1)));
        assertRefused("grading.levelMissing", () -> rubric.score(levels(1, 1, 1)));
        Map<Long, Long> foreign = levels(1, 1, 1, 1);
        foreign.put(4L, 11L); // a level of criterion 1 chosen for criterion 4
        assertRefused("grading.levelMissing", () -> rubric.score(foreign));
        assertTrue(rubric.isComplete(levels(2, 2, 2, 2)));
    }

    @Test
    void theRunningTotalWhileMarkingCountsOnlyTheLevelsChosenSoFar() {
        assertEquals(BigDecimal.ZERO, rubric.total(Map.of()));
        assertEquals(new BigDecimal("17"), rubric.total(levels(1, 2)), "10 + 7, two criteria still open");
        Map<Long, Long> foreign = levels(1, 1, 1);
        foreign.put(4L, 11L); // a level of criterion 1 chosen for criterion 4 adds nothing
        assertEquals(new BigDecimal("30"), rubric.total(foreign));
        assertEquals(rubric.score(levels(1, 2, 1, 3)), rubric.total(levels(1, 2, 1, 3)), "complete: the score");
    }

    @Test
    void fractionalPointsAddUp() {
        Rubric halves = new Rubric(1, 7L, "Halves", NOW);
        Criterion only = halves.addCriterion("Argument", "Аргументация");
        setId(only, 1);
        setId(only.addLevel("Some", "Отчасти", new BigDecimal("2.5")), 11);
        assertEquals(new BigDecimal("2.5"), halves.score(Map.of(1L, 11L)));
        assertFalse(halves.isForOffering());
    }

    @Test
    void thePassMarkDecides() {
        AssignmentGrading grading = new AssignmentGrading(5);
        assertEquals(AssignmentGrading.DEFAULT_PASS_MARK, grading.getPassMark());
        grading.change(new BigDecimal("24"), true, null, NOW);
        assertEquals(SubmissionResult.PASS, grading.resultOf(new BigDecimal("24")));
        assertEquals(SubmissionResult.PASS, grading.resultOf(new BigDecimal("40")));
        assertEquals(SubmissionResult.FAIL, grading.resultOf(new BigDecimal("23.99")));
        assertTrue(grading.isBlind());
        assertRefused("grading.passMark.invalid", () -> grading.change(new BigDecimal("-1"), false, null, NOW));
        assertRefused("grading.passMark.invalid", () -> grading.change(null, false, null, NOW));
    }

    @Test
    void theMarkByDateIsOptionalAndNeverBeforeTheEssaysAreDue() {
        AssignmentGrading grading = new AssignmentGrading(5);
        assertNull(grading.getMarkBy(), "none until someone sets it");
        grading.change(AssignmentGrading.DEFAULT_PASS_MARK, false, NOW, NOW);
        assertEquals(NOW, grading.getMarkBy(), "the due time itself is allowed");
        assertRefused(
                "grading.markBy.beforeDue",
                () -> grading.change(AssignmentGrading.DEFAULT_PASS_MARK, false, NOW.minusSeconds(60), NOW));
        assertEquals(NOW, grading.getMarkBy(), "a refused change changes nothing");
        grading.change(AssignmentGrading.DEFAULT_PASS_MARK, false, null, NOW);
        assertNull(grading.getMarkBy(), "and it can be cleared");
    }

    @Test
    void blindMarkingHidesWhoWroteAnEssayUntilItIsReleased() {
        AssignmentGrading grading = new AssignmentGrading(5);
        assertFalse(grading.hidesWhoWrote(SubmissionStatus.IN_MARKING), "not blind");
        grading.change(AssignmentGrading.DEFAULT_PASS_MARK, true, null, NOW);
        for (SubmissionStatus status : SubmissionStatus.values()) {
            assertEquals(status != SubmissionStatus.RELEASED, grading.hidesWhoWrote(status), status.name());
        }
    }

    @Test
    void namesAndPointsAreRequired() {
        assertRefused("rubric.text.required", () -> new Rubric(1, null, " ", NOW));
        assertRefused("rubric.text.required", () -> rubric.addCriterion("Argument", ""));
        Criterion criterion = rubric.addCriterion("Sources", "Источники");
        assertRefused("rubric.points.invalid", () -> criterion.addLevel("Bad", "Плохо", new BigDecimal("-1")));
        assertRefused("rubric.points.invalid", () -> criterion.addLevel("Bad", "Плохо", null));
        assertRefused("rubric.text.tooLong", () -> criterion.addLevel("x".repeat(201), "Плохо", BigDecimal.ONE));
    }
}

package edu.aum.course.grading.api;

import edu.aum.course.essay.api.EssayAudit;
import edu.aum.course.grading.control.QueueService;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.platform.audit.AuditFilter.Scope;
import java.util.HashMap;
import java.util.Map;

/** Which of the log's entries about reviews and rubrics belong to an offering, and what an essay's history is. */
public final class GradingAudit {

    public static final String REVIEW = QueueService.SUBJECT;
    public static final String RUBRIC = RubricService.SUBJECT;

    private GradingAudit() {}

    public static Map<String, String> inOffering() {
        return Map.of(
                REVIEW, "SELECT r.id FROM Review r WHERE r.offeringId = " + Scope.PARAMETER,
                RUBRIC, "SELECT r.id FROM Rubric r WHERE r.offeringId = " + Scope.PARAMETER);
    }

    /** An essay's history: its submission's entries and those of its reviews (every version's). */
    public static Scope ofEssay(long submissionId) {
        Map<String, String> types = new HashMap<>(EssayAudit.ofEssay());
        types.put(REVIEW, "SELECT r.id FROM Review r WHERE r.submission.id = " + Scope.PARAMETER);
        return new Scope(submissionId, types);
    }
}

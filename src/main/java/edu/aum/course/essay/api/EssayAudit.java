package edu.aum.course.essay.api;

import edu.aum.course.platform.audit.AuditFilter.Scope;
import java.util.Map;

/** Which of the log's entries about essays, assignments and extensions belong to an offering or to one essay. */
public final class EssayAudit {

    public static final String ASSIGNMENT = "Assignment";

    private EssayAudit() {}

    public static Map<String, String> inOffering() {
        return Map.of(
                SubmissionService.SUBJECT,
                "SELECT s.id FROM Submission s WHERE s.assignment.offering.id = " + Scope.PARAMETER,
                ASSIGNMENT,
                "SELECT a.id FROM Assignment a WHERE a.offering.id = " + Scope.PARAMETER,
                AssignmentService.EXTENSION,
                "SELECT x.id FROM Extension x WHERE x.assignment.offering.id = " + Scope.PARAMETER);
    }

    /** The essay itself, by its submission's id. */
    public static Map<String, String> ofEssay() {
        return Map.of(SubmissionService.SUBJECT, "SELECT s.id FROM Submission s WHERE s.id = " + Scope.PARAMETER);
    }
}

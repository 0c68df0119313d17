package edu.aum.course.enrollment.api;

import edu.aum.course.platform.audit.AuditFilter.Scope;
import java.util.Map;

/** Which of the log's entries about enrollments and the offering itself belong to an offering. */
public final class EnrollmentAudit {

    public static final String OFFERING = "Offering";

    private EnrollmentAudit() {}

    public static Map<String, String> inOffering() {
        return Map.of(
                EnrollmentService.SUBJECT,
                "SELECT e.id FROM Enrollment e WHERE e.offering.id = " + Scope.PARAMETER,
                OFFERING,
                "SELECT o.id FROM Offering o WHERE o.id = " + Scope.PARAMETER);
    }
}

package edu.aum.course.certificate.control;

import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One student's line of the gradebook: each assignment's essay (absent: none begun), the released scores added up,
 * and the certificate standing as the eligibility page tells it (EligibilityService).
 */
public record GradebookRow(Standing standing, Map<Long, Cell> cells, BigDecimal total) implements Serializable {

    /** One essay: its state, and its score and result once released. */
    public record Cell(SubmissionStatus status, BigDecimal scoreOrNull, SubmissionResult resultOrNull)
            implements Serializable {}

    public GradebookRow {
        cells = Map.copyOf(cells);
    }

    public long enrollmentId() {
        return standing.enrollmentId();
    }

    /** The essay of this assignment, or null when the student has not begun one. */
    public Cell cell(long assignmentId) {
        return cells.get(assignmentId);
    }
}

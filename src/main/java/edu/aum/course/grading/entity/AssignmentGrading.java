package edu.aum.course.grading.entity;

import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What grading adds to an assignment: the pass mark that decides PASS or FAIL, blind marking, and the date by which
 * its essays should be marked ("mark by"; none by default), which is never before the essays are due.
 */
@Entity
@Table(name = "assignment_grading")
public class AssignmentGrading implements java.io.Serializable {

    /** Half of the demo rubric's 40 points; used until someone sets the assignment's own. */
    public static final BigDecimal DEFAULT_PASS_MARK = new BigDecimal("20");

    @Id
    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "pass_mark", nullable = false, precision = 7, scale = 2)
    private BigDecimal passMark;

    @Column(nullable = false)
    private boolean blind;

    @Column(name = "mark_by")
    private Instant markBy;

    /** The mark-by date the team was reminded of (written by MarkByService's conditional update alone). */
    @Column(name = "mark_by_reminded", insertable = false, updatable = false)
    private Instant markByReminded;

    @Version
    private long version;

    protected AssignmentGrading() {
        // for JPA
    }

    public AssignmentGrading(long assignmentId) {
        this.assignmentId = assignmentId;
        this.passMark = DEFAULT_PASS_MARK;
    }

    /** The assignment's settings; the mark-by date (or none) must not come before the essays are due. */
    public void change(BigDecimal newPassMark, boolean newBlind, Instant newMarkBy, Instant dueAt) {
        if (newPassMark == null || newPassMark.signum() < 0 || newPassMark.compareTo(new BigDecimal("100000")) >= 0) {
            throw new BusinessException("grading.passMark.invalid");
        }
        if (newMarkBy != null && newMarkBy.isBefore(dueAt)) {
            throw new BusinessException("grading.markBy.beforeDue");
        }
        this.passMark = newPassMark;
        this.blind = newBlind;
        this.markBy = newMarkBy;
    }

    /** PASS from the pass mark up, FAIL below it. */
    public SubmissionResult resultOf(BigDecimal score) {
        return score.compareTo(passMark) >= 0 ? SubmissionResult.PASS : SubmissionResult.FAIL;
    }

    /** Under blind marking, who wrote an essay stays hidden from its markers until it is released. */
    public boolean hidesWhoWrote(SubmissionStatus essayStatus) {
        return blind && essayStatus != SubmissionStatus.RELEASED;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public BigDecimal getPassMark() {
        return passMark;
    }

    public boolean isBlind() {
        return blind;
    }

    public Instant getMarkBy() {
        return markBy;
    }

    public long getVersion() {
        return version;
    }
}

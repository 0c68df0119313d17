package edu.aum.course.essay.entity;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.essay.api.Assignment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A later due and cut-off time for one enrolled student and one assignment; at most one (a unique key). */
@Entity
@Table(name = "extensions")
@NamedQuery(
        name = Extension.FIND,
        query = "SELECT x FROM Extension x" + " WHERE x.assignment.id = :assignment AND x.enrollment.id = :enrollment")
@NamedQuery(name = Extension.OF_ENROLLMENT, query = "SELECT x FROM Extension x WHERE x.enrollment.id = :enrollment")
@NamedQuery(
        name = Extension.OF_ASSIGNMENT,
        query = "SELECT x FROM Extension x JOIN FETCH x.enrollment e"
                + " JOIN FETCH e.student WHERE x.assignment.id = :assignment ORDER BY x.grantedAt")
public class Extension implements java.io.Serializable {

    public static final String FIND = "Extension.find";
    public static final String OF_ENROLLMENT = "Extension.ofEnrollment";
    public static final String OF_ASSIGNMENT = "Extension.ofAssignment";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "cutoff_at", nullable = false)
    private Instant cutoffAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "granted_by_id", nullable = false)
    private Account grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Version
    private long version;

    protected Extension() {
        // for JPA
    }

    /** The new dates must make a valid schedule with the assignment's opening (due ≥ opening, cut-off ≥ due). */
    public Extension(
            Assignment assignment,
            Enrollment enrollment,
            Instant dueAt,
            Instant cutoffAt,
            Account grantedBy,
            Instant now) {
        Deadlines checked = new Deadlines(assignment.getOpensAt(), dueAt, cutoffAt);
        this.assignment = assignment;
        this.enrollment = Objects.requireNonNull(enrollment);
        this.dueAt = checked.dueAt();
        this.cutoffAt = checked.cutoffAt();
        this.grantedBy = Objects.requireNonNull(grantedBy);
        this.grantedAt = Objects.requireNonNull(now);
    }

    /** New dates for the same student, checked as at the grant; the one who changed them is now the granter. */
    public void change(Instant dueAt, Instant cutoffAt, Account by, Instant now) {
        Deadlines checked = new Deadlines(assignment.getOpensAt(), dueAt, cutoffAt);
        this.dueAt = checked.dueAt();
        this.cutoffAt = checked.cutoffAt();
        this.grantedBy = Objects.requireNonNull(by);
        this.grantedAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCutoffAt() {
        return cutoffAt;
    }

    public Account getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}

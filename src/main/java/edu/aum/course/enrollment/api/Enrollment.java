package edu.aum.course.enrollment.api;

import edu.aum.course.account.api.Account;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.university.api.University;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A student's place in an offering, with the home university that follows their progress. One per
 * student and offering (a unique key): withdrawing and enrolling again reuse the same row.
 */
@Entity
@Table(name = "enrollments")
@NamedQuery(
        name = Enrollment.FIND,
        query = "SELECT e FROM Enrollment e" + " WHERE e.offering = :offering AND e.student = :student")
@NamedQuery(
        name = Enrollment.COUNT_HOLDING_SEATS,
        query =
                "SELECT COUNT(e) FROM Enrollment e"
                        + " WHERE e.offering = :offering AND e.status <> edu.aum.course.enrollment.api.EnrollmentStatus.WITHDRAWN")
@NamedQuery(
        name = Enrollment.OF_STUDENT,
        query =
                "SELECT e FROM Enrollment e JOIN FETCH e.offering o"
                        + " JOIN FETCH o.course JOIN FETCH e.university WHERE e.student.id = :student ORDER BY o.schedule.startsOn DESC, e.id")
@NamedQuery(name = Enrollment.OF_UNIVERSITY, query = "SELECT e FROM Enrollment e WHERE e.university = :university")
@NamedQuery(
        name = Enrollment.RENAME_STUDENT,
        query = "UPDATE Enrollment e SET e.studentName = :name WHERE e.student.id = :student")
public class Enrollment implements java.io.Serializable {

    public static final String FIND = "Enrollment.find";
    public static final String COUNT_HOLDING_SEATS = "Enrollment.countHoldingSeats";
    public static final String OF_STUDENT = "Enrollment.ofStudent";
    public static final String OF_UNIVERSITY = "Enrollment.ofUniversity";
    public static final String RENAME_STUDENT = "Enrollment.renameStudent";
    public static final int STUDENT_NUMBER_MAX = 50;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id", nullable = false)
    private Offering offering;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Account student;

    /** The student's home university, which sees this enrollment and its progress. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "university_id", nullable = false)
    private University university;

    /**
     * The student's name as their account has it, copied so that a university's 100,000 enrollments are listed
     * by name from an index (university_id, student_name, id); kept by StudentNames when the account is renamed.
     */
    @Column(name = "student_name", nullable = false, length = Account.NAME_MAX)
    private String studentName;

    @Column(name = "student_number", nullable = false, length = STUDENT_NUMBER_MAX)
    private String studentNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrollmentStatus status;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "withdrawn_by_id")
    private Account withdrawnBy;

    @Column(name = "withdrawn_reason", length = REASON_MAX)
    private String withdrawnReason;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** When the first essay was submitted; from then on the home university is fixed. */
    @Column(name = "first_submission_at")
    private Instant firstSubmissionAt;

    /**
     * When this row last changed (status, university, consent, ...), for the partner API's updatedSince.
     * Kept by the entity itself on every insert and update, so that no code path can forget it; the JPA
     * callback has no injected clock, hence the system clock (the database and the server share UTC).
     */
    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The student allows their home university to read released grades and feedback (off by default). */
    @Column(name = "grades_shared", nullable = false)
    private boolean gradesShared;

    @Column(name = "grades_shared_at")
    private Instant gradesSharedAt;

    @Version
    private long version;

    protected Enrollment() {
        // for JPA
    }

    /** Enrolls a student; the caller has checked the window and the seats (see EnrollmentService). */
    public Enrollment(Offering offering, Account student, University university, String studentNumber, Instant now) {
        this.offering = Objects.requireNonNull(offering);
        this.student = Objects.requireNonNull(student);
        this.studentName = student.getFullName();
        this.university = Objects.requireNonNull(university);
        this.studentNumber = requireStudentNumber(studentNumber);
        this.status = EnrollmentStatus.ACTIVE;
        this.enrolledAt = Objects.requireNonNull(now);
    }

    /** Withdraws the enrollment; a student withdrawing themselves may give no reason. */
    public void withdraw(Account by, String reason, Instant now) {
        move(EnrollmentStatus.WITHDRAWN, "enrollment.notActive");
        this.withdrawnBy = Objects.requireNonNull(by);
        this.withdrawnReason = reason == null || reason.isBlank() ? null : limit(reason.strip(), REASON_MAX);
        this.withdrawnAt = Objects.requireNonNull(now);
    }

    /** Enrolls a withdrawn student again; the caller has checked the window and the seats. */
    public void reactivate(University university, String studentNumber, Instant now) {
        move(EnrollmentStatus.ACTIVE, "enrollment.already");
        this.withdrawnAt = null;
        this.withdrawnBy = null;
        this.withdrawnReason = null;
        this.enrolledAt = Objects.requireNonNull(now);
        relocate(university, studentNumber);
    }

    /** Called by the certificates feature when the student has earned the certificate. */
    public void complete(Instant now) {
        move(EnrollmentStatus.COMPLETED, "enrollment.notActive");
        this.completedAt = Objects.requireNonNull(now);
    }

    /** Called by the essays feature on every submission; only the first one is remembered. */
    public void recordSubmission(Instant now) {
        if (firstSubmissionAt == null) {
            firstSubmissionAt = Objects.requireNonNull(now);
        }
    }

    /** The student allows (or no longer allows) their home university to read released grades and feedback. */
    public void shareGrades(boolean share, Instant now) {
        this.gradesShared = share;
        this.gradesSharedAt = share ? Objects.requireNonNull(now) : null;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        this.updatedAt = Instant.now();
    }

    /** Whether the student may enroll in the offering again: they withdrew (and so gave up their seat). */
    public boolean canEnrollAgain() {
        return status.canBecome(EnrollmentStatus.ACTIVE);
    }

    public boolean canChangeUniversity() {
        return status == EnrollmentStatus.ACTIVE && firstSubmissionAt == null;
    }

    /** The student corrects their home university or student number, until the first essay is in. */
    public void changeUniversity(University university, String studentNumber) {
        if (firstSubmissionAt != null) {
            throw new BusinessException("enrollment.universityLocked");
        }
        if (status != EnrollmentStatus.ACTIVE) {
            throw new BusinessException("enrollment.notActive");
        }
        relocate(university, studentNumber);
    }

    /** An administrator found the student-named university to be a listed one. */
    public void moveTo(University listed) {
        this.university = Objects.requireNonNull(listed);
    }

    private void relocate(University university, String studentNumber) {
        this.university = Objects.requireNonNull(university);
        this.studentNumber = requireStudentNumber(studentNumber);
    }

    private void move(EnrollmentStatus next, String refusal) {
        if (!status.canBecome(next)) {
            throw new BusinessException(refusal);
        }
        this.status = next;
    }

    private static String requireStudentNumber(String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("enrollment.studentNumber.required");
        }
        if (value.strip().length() > STUDENT_NUMBER_MAX) {
            throw new BusinessException("enrollment.studentNumber.tooLong", STUDENT_NUMBER_MAX);
        }
        return value.strip();
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public boolean isActive() {
        return status == EnrollmentStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Offering getOffering() {
        return offering;
    }

    public Account getStudent() {
        return student;
    }

    public University getUniversity() {
        return university;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Account getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getFirstSubmissionAt() {
        return firstSubmissionAt;
    }

    /** When the row last changed; the enrollment time for a row not yet stored. */
    public Instant getUpdatedAt() {
        return updatedAt == null ? enrolledAt : updatedAt;
    }

    public boolean isGradesShared() {
        return gradesShared;
    }

    public Instant getGradesSharedAt() {
        return gradesSharedAt;
    }

    public long getVersion() {
        return version;
    }
}

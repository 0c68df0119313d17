package edu.aum.course.partner.entity;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Enrollment;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Partner staff's word on whether a student who named their university studies there: confirmed, or
 * disputed with a comment (administrators see the disputed ones). One per enrollment; a later check
 * replaces the earlier one (the audit log keeps both). It is bound to the university that made it, so
 * a student who changes university starts unchecked there.
 */
@Entity
@Table(name = "affiliation_checks")
@NamedQuery(
        name = AffiliationCheck.OF_ENROLLMENTS,
        query = "SELECT a FROM AffiliationCheck a" + " WHERE a.enrollment.id IN :enrollments")
@NamedQuery(
        name = AffiliationCheck.DISPUTED,
        query = "SELECT a FROM AffiliationCheck a JOIN FETCH a.enrollment e"
                + " WHERE a.status = edu.aum.course.partner.entity.AffiliationStatus.DISPUTED AND a.university = e.university"
                + " ORDER BY a.checkedAt DESC, a.id DESC")
public class AffiliationCheck implements java.io.Serializable {

    public static final String OF_ENROLLMENTS = "AffiliationCheck.ofEnrollments";
    public static final String DISPUTED = "AffiliationCheck.disputed";
    public static final int COMMENT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false, updatable = false)
    private Enrollment enrollment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "university_id", nullable = false)
    private University university;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AffiliationStatus status;

    @Column(name = "comment_text", length = COMMENT_MAX)
    private String comment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checked_by_id", nullable = false)
    private Account checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Version
    private long version;

    protected AffiliationCheck() {
        // for JPA
    }

    public AffiliationCheck(Enrollment enrollment, AffiliationStatus status, String comment, Account by, Instant now) {
        this.enrollment = Objects.requireNonNull(enrollment);
        record(status, comment, by, now);
    }

    /** A new word on the student; a dispute needs a comment. Answers the status it replaces (null: none). */
    public final AffiliationStatus record(AffiliationStatus next, String text, Account by, Instant now) {
        String cleaned = text == null || text.isBlank() ? null : text.strip();
        if (next == AffiliationStatus.DISPUTED && cleaned == null) {
            throw new BusinessException("partner.affiliation.commentRequired");
        }
        if (cleaned != null && cleaned.length() > COMMENT_MAX) {
            throw new BusinessException("partner.affiliation.commentTooLong", COMMENT_MAX);
        }
        AffiliationStatus before = appliesToCurrentUniversity() ? status : null;
        this.status = Objects.requireNonNull(next);
        this.comment = cleaned;
        this.checkedBy = Objects.requireNonNull(by);
        this.checkedAt = Objects.requireNonNull(now);
        this.university = enrollment.getUniversity();
        return before;
    }

    /** False once the student moved to another university: this check was about the old one. */
    public boolean appliesToCurrentUniversity() {
        return university != null
                && Objects.equals(university.getId(), enrollment.getUniversity().getId());
    }

    public Long getId() {
        return id;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public University getUniversity() {
        return university;
    }

    public AffiliationStatus getStatus() {
        return status;
    }

    public boolean isDisputed() {
        return status == AffiliationStatus.DISPUTED;
    }

    public String getComment() {
        return comment;
    }

    public Account getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public long getVersion() {
        return version;
    }
}

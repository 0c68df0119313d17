package edu.aum.course.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One line of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_log")
@NamedQuery(
        name = AuditEntry.OF_SUBJECT,
        query = "SELECT a FROM AuditEntry a"
                + " WHERE a.subjectType = :type AND a.subjectId = :id ORDER BY a.occurredAt, a.id")
public class AuditEntry implements java.io.Serializable {

    public static final String OF_SUBJECT = "AuditEntry.ofSubject";
    static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The account that acted; empty for the system (timers, start-up). */
    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "subject_type", nullable = false, length = 40, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "from_state", length = 30, updatable = false)
    private String fromState;

    @Column(name = "to_state", length = 30, updatable = false)
    private String toState;

    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(
            Instant occurredAt,
            Long actorId,
            String subjectType,
            long subjectId,
            String action,
            String fromState,
            String toState,
            String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorId = actorId;
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = subjectId;
        this.action = Objects.requireNonNull(action);
        this.fromState = fromState;
        this.toState = toState;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getDetail() {
        return detail;
    }
}

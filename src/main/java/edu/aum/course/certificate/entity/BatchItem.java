package edu.aum.course.certificate.entity;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.enrollment.api.Enrollment;
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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One chosen enrollment of a batch and what became of it; a problem is a bundle key with its arguments. A runner
 * claims a pending item (owner and expiry) before it renders it, so that no two runners render the same item.
 */
@Entity
@Table(name = "certificate_batch_items")
@NamedQuery(
        name = BatchItem.PENDING_OF_BATCH,
        query = "SELECT i.id FROM BatchItem i WHERE i.batch.id = :batch"
                + " AND i.status = edu.aum.course.certificate.entity.ItemStatus.PENDING ORDER BY i.id")
@NamedQuery(
        name = BatchItem.OF_BATCH,
        query = "SELECT i FROM BatchItem i JOIN FETCH i.enrollment e JOIN FETCH e.student LEFT JOIN FETCH i.certificate"
                + " WHERE i.batch.id = :batch ORDER BY i.id")
@NamedQuery(
        name = BatchItem.COUNTS,
        query = "SELECT i.status, COUNT(i) FROM BatchItem i WHERE i.batch.id = :batch" + " GROUP BY i.status")
@NamedQuery(
        name = BatchItem.CLAIM,
        query = "UPDATE BatchItem i SET i.claimedBy = :owner, i.claimedUntil = :until, i.version = i.version + 1"
                + " WHERE i.id = :id AND i.status = edu.aum.course.certificate.entity.ItemStatus.PENDING"
                + " AND (i.claimedBy = :owner OR i.claimedUntil IS NULL OR i.claimedUntil < :now)")
public class BatchItem implements java.io.Serializable {

    public static final String PENDING_OF_BATCH = "BatchItem.pendingOfBatch";
    public static final String OF_BATCH = "BatchItem.ofBatch";
    public static final String COUNTS = "BatchItem.counts";
    public static final String CLAIM = "BatchItem.claim";
    private static final String SEPARATOR = "\u001F";
    private static final int ARGS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private CertificateBatch batch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false, updatable = false)
    private Enrollment enrollment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ItemStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    private Certificate certificate;

    @Column(name = "problem_key", length = 100)
    private String problemKey;

    @Column(name = "problem_args", length = ARGS_MAX)
    private String problemArgs;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "claimed_by", length = 40)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Version
    private long version;

    protected BatchItem() {
        // for JPA
    }

    public BatchItem(CertificateBatch batch, Enrollment enrollment) {
        this.batch = Objects.requireNonNull(batch);
        this.enrollment = Objects.requireNonNull(enrollment);
        this.status = ItemStatus.PENDING;
    }

    public void issued(Certificate certificate, Instant now) {
        done(ItemStatus.ISSUED, now);
        this.certificate = Objects.requireNonNull(certificate);
    }

    /** Not issued by this batch: SKIPPED (it has one already) or FAILED, with the reason. */
    public void notIssued(ItemStatus outcome, String key, List<?> arguments, Instant now) {
        done(outcome, now);
        this.problemKey = key;
        String joined =
                String.join(SEPARATOR, arguments.stream().map(String::valueOf).toList());
        this.problemArgs = joined.length() > ARGS_MAX ? joined.substring(0, ARGS_MAX) : joined;
    }

    private void done(ItemStatus outcome, Instant now) {
        if (status.isDone()) {
            throw new IllegalStateException("item " + id + " is already " + status);
        }
        this.status = outcome;
        this.finishedAt = now;
    }

    public boolean isPending() {
        return status == ItemStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public CertificateBatch getBatch() {
        return batch;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public String getProblemKey() {
        return problemKey;
    }

    public Object[] problemArguments() {
        return problemArgs == null || problemArgs.isEmpty()
                ? new Object[0]
                : Arrays.stream(problemArgs.split(SEPARATOR, -1)).toArray();
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}

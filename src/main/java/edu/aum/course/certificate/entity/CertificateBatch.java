package edu.aum.course.certificate.entity;

import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.platform.BusinessException;
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
 * An admin's order to issue the certificates of chosen enrollments, worked in the background. Its items
 * are in the database, so it survives a reload or a restart; a runner holds it by a lease (owner and
 * expiry) that it renews, and a runner of another instance or after a restart takes it over once the
 * lease has run out.
 */
@Entity
@Table(name = "certificate_batches")
@NamedQuery(
        name = CertificateBatch.OF_OFFERING,
        query = "SELECT b FROM CertificateBatch b WHERE b.offering.id = :offering"
                + " ORDER BY b.createdAt DESC, b.id DESC")
@NamedQuery(
        name = CertificateBatch.RESUMABLE,
        query =
                "SELECT b.id FROM CertificateBatch b WHERE b.status ="
                        + " edu.aum.course.certificate.entity.BatchStatus.RUNNING AND (b.leaseUntil IS NULL OR b.leaseUntil < :now)")
@NamedQuery(
        name = CertificateBatch.CLAIM,
        query = "UPDATE CertificateBatch b SET b.leaseOwner = :owner,"
                + " b.leaseUntil = :until, b.version = b.version + 1 WHERE b.id = :id"
                + " AND b.status = edu.aum.course.certificate.entity.BatchStatus.RUNNING"
                + " AND (b.leaseOwner = :owner OR b.leaseUntil IS NULL OR b.leaseUntil < :now)")
public class CertificateBatch implements java.io.Serializable {

    public static final String OF_OFFERING = "CertificateBatch.ofOffering";
    public static final String RESUMABLE = "CertificateBatch.resumable";
    public static final String CLAIM = "CertificateBatch.claim";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id", nullable = false, updatable = false)
    private Offering offering;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BatchStatus status;

    /** Whether each student gets their PDF by e-mail (the admin ticked it). */
    @Column(name = "send_mail", nullable = false, updatable = false)
    private boolean sendMail;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    private long createdById;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "lease_owner", length = 40)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    /** Time spent working on it, over all runs (for the figure an admin sees). */
    @Column(name = "run_millis", nullable = false)
    private long runMillis;

    @Version
    private long version;

    protected CertificateBatch() {
        // for JPA
    }

    public CertificateBatch(Offering offering, boolean sendMail, long createdById, Instant now) {
        this.offering = Objects.requireNonNull(offering);
        this.sendMail = sendMail;
        this.createdById = createdById;
        this.createdAt = Objects.requireNonNull(now);
        this.status = BatchStatus.RUNNING;
    }

    public void cancel() {
        if (status != BatchStatus.RUNNING) {
            throw new BusinessException("certificate.batch.notRunning");
        }
        status = BatchStatus.CANCELLED;
        leaseOwner = null;
        leaseUntil = null;
    }

    /** A cancelled batch goes on with its remaining items. */
    public void resume() {
        if (status != BatchStatus.CANCELLED) {
            throw new BusinessException("certificate.batch.notCancelled");
        }
        status = BatchStatus.RUNNING;
    }

    public void finish(Instant now) {
        if (status == BatchStatus.RUNNING) {
            status = BatchStatus.FINISHED;
            finishedAt = now;
        }
        leaseOwner = null;
        leaseUntil = null;
    }

    public void addRunTime(long millis) {
        runMillis += Math.max(0, millis);
    }

    public boolean isRunning() {
        return status == BatchStatus.RUNNING;
    }

    public boolean isCancelled() {
        return status == BatchStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Offering getOffering() {
        return offering;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public boolean isSendMail() {
        return sendMail;
    }

    public long getCreatedById() {
        return createdById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public long getRunMillis() {
        return runMillis;
    }
}

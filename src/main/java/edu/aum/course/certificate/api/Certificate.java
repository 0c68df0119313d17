package edu.aum.course.certificate.api;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.platform.BusinessException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A certificate as issued: the signed PDF bytes exactly as they left the engine, with their SHA-256, and
 * what they say. Later changes to the holder's name, the course or the template never touch it; a
 * correction is a reissue (a new certificate; this one becomes SUPERSEDED). A revoked one stays REVOKED for
 * good; a new certificate may be issued anew to its enrollment, which it then stops being the current one of.
 * One current certificate per enrollment, kept by a unique key on {@code current_enrollment_id}.
 */
@Entity
@Table(name = "certificates")
@NamedQuery(name = Certificate.BY_SERIAL, query = "SELECT c FROM Certificate c WHERE c.serial = :serial")
@NamedQuery(
        name = Certificate.CURRENT_OF_ENROLLMENT,
        query = "SELECT c FROM Certificate c WHERE c.currentEnrollmentId = :enrollment")
public class Certificate implements java.io.Serializable {

    public static final String BY_SERIAL = "Certificate.bySerial";
    public static final String CURRENT_OF_ENROLLMENT = "Certificate.currentOfEnrollment";
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String serial;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false, updatable = false)
    private Enrollment enrollment;

    /**
     * The enrollment while this is its current certificate (VALID, or REVOKED until a new one is issued to the
     * enrollment); NULL once superseded or replaced.
     */
    @Column(name = "current_enrollment_id")
    private Long currentEnrollmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CertificateStatus status;

    @Column(name = "holder_name", nullable = false, length = 200, updatable = false)
    private String holderName;

    @Column(name = "course_title_en", nullable = false, length = 200, updatable = false)
    private String courseTitleEn;

    @Column(name = "course_title_ru", nullable = false, length = 200, updatable = false)
    private String courseTitleRu;

    @Column(name = "offering_start", nullable = false, updatable = false)
    private LocalDate offeringStart;

    @Column(name = "offering_end", nullable = false, updatable = false)
    private LocalDate offeringEnd;

    @Column(name = "template_name", nullable = false, length = 100, updatable = false)
    private String templateName;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by_id", updatable = false)
    private Account issuedBy;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, length = 64, updatable = false)
    private String pdfSha256;

    @Column(name = "pdf_size", nullable = false, updatable = false)
    private int pdfSize;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by_id")
    private Account revokedBy;

    /** The admin's internal note on the revocation: admins and the audit log see it, the public never. */
    @Column(name = "revoked_reason", length = REASON_MAX)
    private String revokedReason;

    /** What the public (verification, the holder's e-mail) is told of the revocation; NULL: no reason given. */
    @Column(name = "revoked_public_reason", length = REASON_MAX)
    private String revokedPublicReason;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Certificate successor;

    @Version
    private long version;

    protected Certificate() {
        // for JPA
    }

    /** A newly issued, VALID certificate; the caller has rendered and signed {@code pdf}. */
    public Certificate(
            Issued issued, Enrollment enrollment, Account issuedBy, byte[] pdf, String pdfSha256, Instant now) {
        this.serial = Objects.requireNonNull(issued.serial());
        this.enrollment = Objects.requireNonNull(enrollment);
        this.currentEnrollmentId = Objects.requireNonNull(enrollment.getId());
        this.status = CertificateStatus.VALID;
        this.holderName = Objects.requireNonNull(issued.holderName());
        this.courseTitleEn = Objects.requireNonNull(issued.courseTitleEn());
        this.courseTitleRu = Objects.requireNonNull(issued.courseTitleRu());
        this.offeringStart = Objects.requireNonNull(issued.offeringStart());
        this.offeringEnd = Objects.requireNonNull(issued.offeringEnd());
        this.templateName = Objects.requireNonNull(issued.templateName());
        this.issuedBy = issuedBy;
        this.pdf = Objects.requireNonNull(pdf).clone();
        this.pdfSha256 = Objects.requireNonNull(pdfSha256);
        this.pdfSize = pdf.length;
        this.issuedAt = Objects.requireNonNull(now);
    }

    /** What was printed on the certificate, kept as printed. */
    public record Issued(
            String serial,
            String holderName,
            String courseTitleEn,
            String courseTitleRu,
            LocalDate offeringStart,
            LocalDate offeringEnd,
            String templateName) {}

    /**
     * Withdraws a VALID certificate. The public reason (required) is what verification and the holder's e-mail
     * say; the internal note (optional) stays with the admins. Verification then says REVOKED with the date.
     */
    public CertificateStatus revoke(Account admin, String publicReason, String internalNote, Instant now) {
        String shown = publicReason == null ? "" : publicReason.strip();
        if (shown.isEmpty()) {
            throw new BusinessException("certificate.revoke.publicReasonRequired");
        }
        if (!canBeRevoked()) {
            throw new BusinessException("certificate.revoke.notValid", serial, status.name());
        }
        String note = internalNote == null ? "" : internalNote.strip();
        CertificateStatus from = status;
        this.status = CertificateStatus.REVOKED;
        this.revokedBy = Objects.requireNonNull(admin);
        this.revokedPublicReason = cut(shown);
        this.revokedReason = note.isEmpty() ? null : cut(note);
        this.revokedAt = Objects.requireNonNull(now);
        return from;
    }

    private static String cut(String text) {
        return text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text;
    }

    /**
     * A new certificate is issued to the enrollment of this revoked one: it stays REVOKED but stops being the
     * current one (flush before inserting the new one, so the unique key sees one current certificate).
     */
    public void stepAsideForANewOne() {
        if (!canBeIssuedAnew()) {
            throw new BusinessException("certificate.issueAnew.notRevoked", serial);
        }
        this.currentEnrollmentId = null;
    }

    /**
     * Marks this certificate as replaced by a reissue; it stops being the enrollment's current one (flush
     * this change before inserting the successor, so the unique key sees one current certificate).
     */
    public CertificateStatus supersede(Instant now) {
        if (status == CertificateStatus.SUPERSEDED) {
            throw new BusinessException("certificate.reissue.superseded", serial);
        }
        CertificateStatus from = status;
        this.status = CertificateStatus.SUPERSEDED;
        this.currentEnrollmentId = null;
        this.supersededAt = Objects.requireNonNull(now);
        return from;
    }

    /** Only a VALID certificate is revoked: a revoked one stays as it is, a superseded one has a successor. */
    public boolean canBeRevoked() {
        return status == CertificateStatus.VALID;
    }

    /**
     * Only a VALID certificate is reissued: a superseded one already was, and a reissue would turn a revoked
     * one into SUPERSEDED and put a valid certificate in its place.
     */
    public boolean canBeReissued() {
        return status == CertificateStatus.VALID;
    }

    /**
     * Whether this is the revoked current certificate of its enrollment, so that a new one may be issued to the
     * enrollment (this one stays REVOKED).
     */
    public boolean canBeIssuedAnew() {
        return status == CertificateStatus.REVOKED && currentEnrollmentId != null;
    }

    /** Whether this is its enrollment's certificate in force: current and VALID (no new one may be issued). */
    public boolean isInForce() {
        return status == CertificateStatus.VALID && currentEnrollmentId != null;
    }

    /** Links the certificate that replaced this one: a reissue (this one SUPERSEDED) or a new one after revocation. */
    public void replacedBy(Certificate next) {
        if (currentEnrollmentId != null) {
            throw new IllegalStateException("supersede or step aside first");
        }
        this.successor = Objects.requireNonNull(next);
    }

    public Long getId() {
        return id;
    }

    public String getSerial() {
        return serial;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCourseTitleEn() {
        return courseTitleEn;
    }

    public String getCourseTitleRu() {
        return courseTitleRu;
    }

    /** The course title in a language ("ru" or anything else for English). */
    public String courseTitle(String language) {
        return "ru".equals(language) ? courseTitleRu : courseTitleEn;
    }

    public LocalDate getOfferingStart() {
        return offeringStart;
    }

    public LocalDate getOfferingEnd() {
        return offeringEnd;
    }

    public String getTemplateName() {
        return templateName;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Account getIssuedBy() {
        return issuedBy;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public int getPdfSize() {
        return pdfSize;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Account getRevokedBy() {
        return revokedBy;
    }

    /** The internal note, for admins only. */
    public String getRevokedReason() {
        return revokedReason;
    }

    /** The public reason of a revocation; null when none was given (revocations before it was asked for). */
    public String getRevokedPublicReason() {
        return revokedPublicReason;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public Certificate getSuccessor() {
        return successor;
    }

    public long getVersion() {
        return version;
    }
}

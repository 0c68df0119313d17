package edu.aum.course.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A certificate the product has signed certificate PDFs with: its X.509 certificate (DER), SHA-256
 * fingerprint, subject and validity, and when the product first signed with it. Written once, by
 * SigningKeys.inUse (an INSERT the unique fingerprint decides), never changed.
 */
@Entity
@Table(name = "signing_certificates")
@NamedQuery(
        name = SigningCertificate.BY_FIRST_USE,
        query = "SELECT s FROM SigningCertificate s ORDER BY s.firstUsedAt, s.id")
public class SigningCertificate implements java.io.Serializable {

    public static final String BY_FIRST_USE = "SigningCertificate.byFirstUse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(nullable = false, updatable = false, length = 1000)
    private String subject;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_to", nullable = false, updatable = false)
    private Instant validTo;

    @Column(name = "first_used_at", nullable = false, updatable = false)
    private Instant firstUsedAt;

    @Lob
    @Column(nullable = false, updatable = false)
    private byte[] certificate;

    protected SigningCertificate() {}

    public String getSha256() {
        return sha256;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }

    public Instant getFirstUsedAt() {
        return firstUsedAt;
    }

    public byte[] getCertificate() {
        return certificate.clone();
    }
}

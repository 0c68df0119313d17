package edu.aum.course.certificate.control;

import edu.aum.course.certificate.entity.SigningCertificate;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Every signing certificate the product has used, in the database: a PDF signed by any of them is ours,
 * whichever key signs today (SIGNING_KEYSTORE may change); one never used by the product is not.
 */
@Stateless
public class SigningKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records that the product signs with this certificate from now on, unless it is recorded already.
     * One INSERT claims it: the unique fingerprint lets the first instance's row stand, and the same
     * insert by another instance (or after a restart) changes nothing. No check first, so no race.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void inUse(X509Certificate certificate) {
        em.createNativeQuery("INSERT INTO signing_certificates"
                        + " (sha256, subject, valid_from, valid_to, first_used_at, certificate)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE sha256 = sha256")
                .setParameter(1, KeyUse.sha256(certificate))
                .setParameter(2, certificate.getSubjectX500Principal().getName())
                .setParameter(3, new Timestamp(certificate.getNotBefore().getTime()))
                .setParameter(4, new Timestamp(certificate.getNotAfter().getTime()))
                .setParameter(5, Timestamp.from(clock.instant()))
                .setParameter(6, encoded(certificate))
                .executeUpdate();
    }

    /** When the product signed with this certificate; empty when it never did. */
    public Optional<KeyUse> find(X509Certificate signer) {
        return KeyUse.of(signer, all());
    }

    /** Every recorded signing certificate, in the order the product took them into use. */
    public List<SigningCertificate> all() {
        return em.createNamedQuery(SigningCertificate.BY_FIRST_USE, SigningCertificate.class)
                .getResultList();
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

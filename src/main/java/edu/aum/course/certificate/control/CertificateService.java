package edu.aum.course.certificate.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.api.CertificateStatus;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.notification.api.Outbox;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.text.Sha256;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Issued certificates: finding them (by serial, of a student, of an offering), revoking them (the holder is
 * e-mailed the public reason), reissuing them, issuing anew after a revocation (all audited), and checking an
 * uploaded PDF against the one issued.
 */
@Stateless
public class CertificateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateWorks works;

    @Inject
    Issuing issuing;

    @Inject
    EligibilityService eligibility;

    @Inject
    SigningKeys signingKeys;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Dates dates;

    @Inject
    Clock clock;

    static final String REVOKED_MAIL = "certificate.revoked";

    /** By a serial as typed (any case, with or without dashes); empty for an unknown or malformed one. */
    public Optional<Certificate> findBySerial(String typed) {
        return Serials.parse(typed)
                .flatMap(serial -> em.createNamedQuery(Certificate.BY_SERIAL, Certificate.class)
                        .setParameter("serial", serial)
                        .getResultStream()
                        .findFirst());
    }

    public Certificate get(String serial) {
        return findBySerial(serial).orElseThrow(() -> new BusinessException("certificate.notFound"));
    }

    /** A student's certificates (superseded and revoked ones too, with their successors), newest first. */
    public List<Certificate> ofStudent(long studentId) {
        return em.createQuery(
                        "SELECT c FROM Certificate c LEFT JOIN FETCH c.successor WHERE c.enrollment.student.id = :student"
                                + " ORDER BY c.issuedAt DESC, c.id DESC",
                        Certificate.class)
                .setParameter("student", studentId)
                .getResultList();
    }

    /** The ids of an offering's current certificates (valid or revoked), by holder, for the ZIP of all. */
    public List<Long> currentOfOffering(long offeringId) {
        return em.createQuery(
                        "SELECT c.id FROM Certificate c WHERE c.currentEnrollmentId IS NOT NULL"
                                + " AND c.enrollment.offering.id = :offering AND c.status = :valid ORDER BY c.holderName, c.id",
                        Long.class)
                .setParameter("offering", offeringId)
                .setParameter("valid", CertificateStatus.VALID)
                .getResultList();
    }

    /** One certificate with its PDF, read on its own (the ZIP reads them one at a time). */
    public Optional<Certificate> withPdf(long id) {
        Certificate certificate = em.find(Certificate.class, id);
        if (certificate != null) {
            certificate.getPdf(); // the lazy bytes, loaded inside the transaction
        }
        return Optional.ofNullable(certificate);
    }

    /**
     * Revokes a VALID certificate: the public reason goes to verification and, in an e-mail through the outbox,
     * to the holder; the internal note only to the audit log and the admins.
     */
    public void revoke(long adminId, String serial, String publicReason, String internalNote) {
        Certificate certificate = get(serial);
        CertificateStatus from = certificate.revoke(
                em.getReference(Account.class, adminId), publicReason, internalNote, clock.instant());
        audit.transition(
                adminId,
                Issuing.SUBJECT,
                certificate.getId(),
                from,
                CertificateStatus.REVOKED,
                "public: " + certificate.getRevokedPublicReason()
                        + (certificate.getRevokedReason() == null ? "" : "; note: " + certificate.getRevokedReason()));
        Account holder = certificate.getEnrollment().getStudent();
        Language language = holder.getPreferredLanguage();
        outbox.queue(
                holder.getEmail(),
                holder.getFullName(),
                language,
                REVOKED_MAIL,
                certificate.courseTitle(language.code()),
                certificate.getSerial(),
                dates.time(certificate.getRevokedAt(), language.locale(), holder.zoneOrNull()),
                certificate.getRevokedPublicReason(),
                works.verificationUrl(certificate.getSerial()));
    }

    /**
     * A new certificate for the enrollment of a revoked one, as printed today (e.g. after the wrong name was
     * fixed), signed and stored; the revoked one stays REVOKED and points to it. Answers the new serial.
     */
    public String issueAnew(long adminId, String serial, boolean mail) {
        Certificate old = get(serial);
        if (!old.canBeIssuedAnew()) {
            throw new BusinessException("certificate.issueAnew.notRevoked", old.getSerial());
        }
        Enrollment enrollment = old.getEnrollment();
        Standing standing = eligibility.of(enrollment);
        if (!standing.eligible()) {
            throw new BusinessException(
                    "certificate.issueAnew.notEligible", enrollment.getStudent().getFullName());
        }
        String template = enrollment.getOffering().getCertificateTemplate();
        CertificateData data = issuing.data(enrollment, Serials.next());
        byte[] pdf = render(template, data);
        return issuing.record(enrollment, data, template, pdf, adminId, mail, "issued anew after " + old.getSerial())
                .getSerial();
    }

    /**
     * A new certificate for the same enrollment as printed today (e.g. after a name correction), signed
     * and stored; the old one becomes SUPERSEDED and points to it. Answers the new serial.
     */
    public String reissue(long adminId, String serial, boolean mail) {
        Certificate old = get(serial);
        if (!old.canBeReissued()) {
            throw new BusinessException(
                    old.getStatus() == CertificateStatus.SUPERSEDED
                            ? "certificate.reissue.superseded"
                            : "certificate.reissue.revoked",
                    old.getSerial());
        }
        String template = old.getEnrollment().getOffering().getCertificateTemplate();
        CertificateData data = issuing.data(old.getEnrollment(), Serials.next());
        byte[] pdf = render(template, data);
        CertificateStatus from = old.supersede(clock.instant());
        em.flush(); // the old one stops being current before the new one takes the unique key
        audit.transition(
                adminId,
                Issuing.SUBJECT,
                old.getId(),
                from,
                CertificateStatus.SUPERSEDED,
                "reissued as " + data.serial());
        Certificate next = issuing.record(
                old.getEnrollment(), data, template, pdf, adminId, mail, "reissue of " + old.getSerial());
        old.replacedBy(next);
        return next.getSerial();
    }

    /** The signed PDF, or the first problem in the admin's words (the technical detail goes to the log). */
    private byte[] render(String template, CertificateData data) {
        List<CertificateProblem> problems;
        try {
            problems = works.engine().check(template, data);
            if (problems.isEmpty()) {
                return works.engine().issue(template, data);
            }
        } catch (CertificateRefused e) {
            problems = e.problems();
        }
        CertificateProblem said = AdminWording.first(data.holderName(), problems);
        throw new BusinessException(said.key(), said.arguments().toArray());
    }

    /**
     * Whether an uploaded file is exactly the PDF issued under this serial, with its signature intact and
     * made by one of the keys the product has signed with (the current one or an earlier one), and which.
     */
    public UploadCheck check(String serial, byte[] uploaded) {
        Certificate certificate = get(serial);
        boolean same = Sha256.hex(uploaded).equals(certificate.getPdfSha256());
        works.signerCertificate(); // today's key is recorded before the first certificate is signed with it
        SignatureCheck signature = works.engine().verify(uploaded);
        KeyUse key = signature.intact()
                ? signature.signer().flatMap(signingKeys::find).orElse(null)
                : null;
        return new UploadCheck(same, key, signature.signed());
    }

    /** The outcome of an upload check; signingKey: which of our keys signed it (null: none of ours, or damaged). */
    public record UploadCheck(boolean sameAsIssued, KeyUse signingKey, boolean signed) implements java.io.Serializable {

        /** Intact and signed by a key the product has used. */
        public boolean signatureValid() {
            return signingKey != null;
        }

        public boolean genuine() {
            return sameAsIssued && signatureValid();
        }
    }
}

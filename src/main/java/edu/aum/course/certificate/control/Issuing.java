package edu.aum.course.certificate.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.api.CertificateStatus;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.notification.api.Outbox;
import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.text.Sha256;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The steps every issuance shares (a batch's, a reissue's, one issued anew after a revocation), inside the
 * caller's transaction: what the certificate says, and recording it as issued: the PDF as signed with its
 * SHA-256, a revoked current certificate stepping aside (it stays REVOKED), the enrollment COMPLETED, the
 * audit lines and, when asked, the e-mail with the PDF attached.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Issuing {

    static final String SUBJECT = edu.aum.course.certificate.api.CertificateAudit.SUBJECT;
    static final String MAIL_TEMPLATE = "certificate.issued";

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateWorks works;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Dates dates;

    @Inject
    Clock clock;

    /** What a certificate for this enrollment would say today, with this serial. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CertificateData data(Enrollment enrollment, String serial) {
        Offering offering = enrollment.getOffering();
        return new CertificateData(
                enrollment.getStudent().getFullName(),
                offering.getCourse().getTitleEn(),
                offering.getCourse().getTitleRu(),
                offering.getSchedule().getStartsOn(),
                offering.getSchedule().getEndsOn(),
                LocalDate.ofInstant(clock.instant(), dates.courseZone()),
                serial,
                works.verificationUrl(serial));
    }

    /** The enrollment's current certificate: in force, or revoked and not yet replaced. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Certificate> current(long enrollmentId) {
        return em.createNamedQuery(Certificate.CURRENT_OF_ENROLLMENT, Certificate.class)
                .setParameter("enrollment", enrollmentId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Stores a signed certificate. A revoked current one steps aside first and stays REVOKED, pointing to the
     * new one; the unique key refuses a second current one for the enrollment (one in force, or a racing batch).
     */
    public Certificate record(
            Enrollment enrollment,
            CertificateData data,
            String template,
            byte[] pdf,
            Long adminId,
            boolean mail,
            String why) {
        Account admin = adminId == null ? null : em.getReference(Account.class, adminId);
        Optional<Certificate> revoked = current(enrollment.getId()).filter(Certificate::canBeIssuedAnew);
        revoked.ifPresent(Certificate::stepAsideForANewOne);
        em.flush(); // the revoked one stops being current before the new one takes the unique key
        Certificate certificate = new Certificate(
                new Certificate.Issued(
                        data.serial(),
                        data.holderName(),
                        data.courseTitleEn(),
                        data.courseTitleRu(),
                        data.offeringStart(),
                        data.offeringEnd(),
                        template),
                enrollment,
                admin,
                pdf,
                Sha256.hex(pdf),
                clock.instant());
        em.persist(certificate);
        em.flush(); // the unique keys speak now, and the id is known
        audit.transition(adminId, SUBJECT, certificate.getId(), null, CertificateStatus.VALID, why);
        revoked.ifPresent(old -> {
            old.replacedBy(certificate);
            audit.transition(
                    adminId,
                    SUBJECT,
                    old.getId(),
                    CertificateStatus.REVOKED,
                    CertificateStatus.REVOKED,
                    "issued anew as " + certificate.getSerial());
        });
        if (enrollment.getStatus() == EnrollmentStatus.ACTIVE) {
            enrollment.complete(clock.instant());
            audit.transition(
                    adminId,
                    "Enrollment",
                    enrollment.getId(),
                    EnrollmentStatus.ACTIVE,
                    EnrollmentStatus.COMPLETED,
                    "certificate " + data.serial());
        }
        if (mail) {
            mail(enrollment.getStudent(), certificate, pdf);
        }
        return certificate;
    }

    private void mail(Account student, Certificate certificate, byte[] pdf) {
        Language language = student.getPreferredLanguage();
        OutboxMessage message = outbox.queue(
                student.getEmail(),
                student.getFullName(),
                language,
                MAIL_TEMPLATE,
                certificate.courseTitle(language.code()),
                certificate.getSerial(),
                works.verificationUrl(certificate.getSerial()),
                works.credentialUrl(certificate.getSerial()) + "?format=jwt",
                works.credentialUrl(certificate.getSerial()) + "?format=json");
        outbox.attach(message, fileName(certificate), "application/pdf", pdf);
    }

    public static String fileName(Certificate certificate) {
        return "certificate-" + certificate.getSerial() + ".pdf";
    }
}

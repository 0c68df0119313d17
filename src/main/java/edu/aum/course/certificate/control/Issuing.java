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

/**
 * The steps every issuance shares (a batch's, a reissue's), inside the caller's transaction: what the
 * certificate says, and recording it as issued: the PDF as signed with its SHA-256, the enrollment
 * COMPLETED, the audit lines and, when asked, the e-mail with the PDF attached.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Issuing {

    static final String SUBJECT = "Certificate";
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
                LocalDate.ofInstant(clock.instant(), dates.zone()),
                serial,
                works.verificationUrl(serial));
    }

    /** Stores a signed certificate; the unique key refuses a second current one for the enrollment. */
    public Certificate record(
            Enrollment enrollment,
            CertificateData data,
            String template,
            byte[] pdf,
            Long adminId,
            boolean mail,
            String why) {
        Account admin = adminId == null ? null : em.getReference(Account.class, adminId);
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
                works.verificationUrl(certificate.getSerial()));
        outbox.attach(message, fileName(certificate), "application/pdf", pdf);
    }

    public static String fileName(Certificate certificate) {
        return "certificate-" + certificate.getSerial() + ".pdf";
    }
}

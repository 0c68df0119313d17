package edu.aum.course.partner.control;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.partner.entity.AffiliationCheck;
import edu.aum.course.partner.entity.AffiliationStatus;
import java.time.Instant;

/**
 * One of a partner university's enrollments as partner staff and systems see it: the enrollment, its
 * progress, its current certificate (null before one is issued) and the staff's check of the student's
 * affiliation (null when unchecked).
 */
public record PartnerEnrollment(
        Enrollment enrollment, Progress progress, Certificate certificate, AffiliationCheck affiliation)
        implements java.io.Serializable {

    /** When anything partners see last changed: the row itself, an essay, or the certificate. */
    public Instant lastModified() {
        Instant latest = Progress.latest(enrollment.getUpdatedAt(), progress.lastActivity());
        if (certificate != null) {
            latest = Progress.latest(latest, certificate.getIssuedAt());
            latest = Progress.latest(latest, certificate.getRevokedAt());
        }
        return latest;
    }

    /** CONFIRMED, DISPUTED, or null while unchecked (or checked for a university the student left). */
    public AffiliationStatus affiliationStatus() {
        return affiliation == null || !affiliation.appliesToCurrentUniversity() ? null : affiliation.getStatus();
    }

    public Long getId() {
        return enrollment.getId();
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public Progress getProgress() {
        return progress;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public AffiliationStatus getAffiliationStatus() {
        return affiliationStatus();
    }

    public AffiliationCheck getAffiliation() {
        return affiliationStatus() == null ? null : affiliation;
    }
}

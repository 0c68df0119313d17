package edu.aum.course.certificate.control;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.enrollment.api.Enrollment;
import java.util.Optional;

/** Where one enrollment stands towards the certificate: its essays, the verdict, and its current certificate. */
public record Standing(
        Enrollment enrollment, EssayTally tally, EligibilityRule.Verdict verdict, Certificate currentOrNull)
        implements java.io.Serializable {

    /** Kept in a view, so the certificate is held as such (an Optional does not serialize). */
    public Standing(
            Enrollment enrollment, EssayTally tally, EligibilityRule.Verdict verdict, Optional<Certificate> current) {
        this(enrollment, tally, verdict, current.orElse(null));
    }

    public Optional<Certificate> current() {
        return Optional.ofNullable(currentOrNull);
    }

    public boolean eligible() {
        return verdict.eligible();
    }

    /**
     * Eligible and without a certificate in force: what a batch would issue (anew, when the current one was
     * revoked: that one stays REVOKED).
     */
    public boolean issuable() {
        return eligible() && !certified();
    }

    /** Whether the enrollment has a certificate in force (a revoked one is not). */
    public boolean certified() {
        return inForce().isPresent();
    }

    /** The enrollment's certificate in force, which stops a new one from being issued. */
    public Optional<Certificate> inForce() {
        return current().filter(Certificate::isInForce);
    }

    /** The revoked current certificate that a new one would replace (it stays REVOKED), if any. */
    public Optional<Certificate> revoked() {
        return current().filter(Certificate::canBeIssuedAnew);
    }

    /** Whether an admin may issue a new certificate at once in place of the revoked one (eligible, revoked). */
    public boolean issuableAnew() {
        return eligible() && revoked().isPresent();
    }

    /** Whether an admin may reissue its current certificate (Certificate.canBeReissued). */
    public boolean reissuable() {
        return current().filter(Certificate::canBeReissued).isPresent();
    }

    /** Whether an admin may revoke its current certificate (Certificate.canBeRevoked). */
    public boolean revocable() {
        return current().filter(Certificate::canBeRevoked).isPresent();
    }

    public long enrollmentId() {
        return enrollment.getId();
    }
}

package edu.aum.course.certificate.control;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.enrollment.api.Enrollment;
import java.util.Optional;

/** Where one enrollment stands towards the certificate: its essays, the verdict, and its current certificate. */
public record Standing(Enrollment enrollment, EssayTally tally, EligibilityRule.Verdict verdict, Optional<Certificate> current) {

    public boolean eligible() {
        return verdict.eligible();
    }

    /** Eligible and without a current certificate: what a batch would issue. */
    public boolean issuable() {
        return eligible() && current.isEmpty();
    }

    public Certificate currentOrNull() {
        return current.orElse(null);
    }

    public long enrollmentId() {
        return enrollment.getId();
    }
}

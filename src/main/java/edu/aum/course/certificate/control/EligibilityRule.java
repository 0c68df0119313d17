package edu.aum.course.certificate.control;

import edu.aum.course.enrollment.api.Offering;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An offering's rule for its certificate, computed and never typed: at least {@code essaysRequired}
 * distinct counted assignments released as PASS, an average released score of at least
 * {@code minAverage} when the admin set one, and an enrollment that was not withdrawn.
 */
public record EligibilityRule(int essaysRequired, Optional<BigDecimal> minAverage) {

    public EligibilityRule {
        if (essaysRequired < 1) {
            throw new IllegalArgumentException("at least one essay");
        }
        Objects.requireNonNull(minAverage);
    }

    public static EligibilityRule of(Offering offering) {
        return new EligibilityRule(offering.getEssaysRequired(), offering.getMinAverageScore());
    }

    /** Eligible, or each reason why not (bundle keys certificate.eligibility.*). */
    public Verdict judge(EssayTally tally, boolean withdrawn) {
        List<CertificateProblem> reasons = new ArrayList<>();
        if (withdrawn) {
            reasons.add(CertificateProblem.of("certificate.eligibility.withdrawn"));
        }
        if (tally.passed() < essaysRequired) {
            reasons.add(CertificateProblem.of("certificate.eligibility.essays", tally.passed(), essaysRequired));
        }
        minAverage.ifPresent(min -> {
            if (tally.average().isEmpty()) {
                reasons.add(CertificateProblem.of("certificate.eligibility.noAverage", min));
            } else if (tally.average().get().compareTo(min) < 0) {
                reasons.add(CertificateProblem.of(
                        "certificate.eligibility.average", tally.average().get(), min));
            }
        });
        return new Verdict(reasons);
    }

    /** The outcome: eligible when there is no reason against. */
    public record Verdict(List<CertificateProblem> reasons) implements java.io.Serializable {

        public Verdict {
            reasons = List.copyOf(reasons);
        }

        public boolean eligible() {
            return reasons.isEmpty();
        }
    }
}

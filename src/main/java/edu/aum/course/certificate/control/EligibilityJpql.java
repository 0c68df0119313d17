package edu.aum.course.certificate.control;

import edu.aum.course.certificate.api.CertificateStatus;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * EligibilityRule.judge and Standing.certified as JPQL conditions on an enrollment {@code e}, for the queries that
 * filter and count by them in the database; EligibilityServiceIT proves that both verdicts agree. The same rows
 * as EssayTally.of: released essays of counted assignments that have a result. Each condition is an EXISTS,
 * never NULL, so that its negation is exact.
 */
final class EligibilityJpql {

    /** The released, counted essays with a result of the enrollment {@code e}, as EssayTally counts them. */
    private static final String TALLIED = " FROM Submission x WHERE x.enrollment = e AND x.status = :eligReleased"
            + " AND x.assignment.countsForCertificate = TRUE AND x.result IS NOT NULL";

    private static final String PASSED = "EXISTS (SELECT x.enrollment.id" + TALLIED + " AND x.result = :eligPass"
            + " GROUP BY x.enrollment.id HAVING COUNT(DISTINCT x.assignment.id) >= :eligRequired)";

    /**
     * The average of the scores (rounded to cents, as EssayTally does) reaches the minimum: SUM >= floor * COUNT,
     * where floor is the least unrounded average that rounds up to the minimum; in thousandths, a whole number, as
     * H2 gives a parameter the type of the other operand (COUNT's).
     */
    private static final String AVERAGE = "EXISTS (SELECT x.enrollment.id" + TALLIED + " AND x.score IS NOT NULL"
            + " GROUP BY x.enrollment.id HAVING COUNT(x.score) > 0 AND SUM(x.score) * 1000 >= COUNT(x.score) * :eligFloorThousandths)";

    private static final String CERTIFIED =
            "EXISTS (SELECT c.id FROM Certificate c" + " WHERE c.currentEnrollmentId = e.id AND c.status = :eligValid)";

    private EligibilityJpql() {}

    /** A JPQL condition and the parameters it names. */
    record Condition(String jpql, Map<String, Object> parameters) {

        Condition and(Condition other) {
            Map<String, Object> both = new HashMap<>(parameters);
            both.putAll(other.parameters);
            return new Condition("(" + jpql + ") AND (" + other.jpql + ")", both);
        }

        Condition not() {
            return new Condition("NOT (" + jpql + ")", parameters);
        }

        <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /** The rule's verdict: eligible (EligibilityRule.judge without a reason). */
    static Condition eligible(EligibilityRule rule) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("eligWithdrawn", EnrollmentStatus.WITHDRAWN);
        parameters.put("eligReleased", SubmissionStatus.RELEASED);
        parameters.put("eligPass", SubmissionResult.PASS);
        parameters.put("eligRequired", (long) rule.essaysRequired());
        String jpql = "e.status <> :eligWithdrawn AND " + PASSED;
        if (rule.minAverage().isPresent()) {
            parameters.put(
                    "eligFloorThousandths",
                    floor(rule.minAverage().get()).movePointRight(3).longValueExact());
            jpql += " AND " + AVERAGE;
        }
        return new Condition(jpql, parameters);
    }

    /** Holds a certificate in force (Standing.certified). */
    static Condition certified() {
        return new Condition(CERTIFIED, Map.of("eligValid", CertificateStatus.VALID));
    }

    /** The condition of a page's filter. */
    static Condition of(EligibilityRule rule, StandingFilter standing) {
        return switch (standing) {
            case ALL -> new Condition("1 = 1", Map.of());
            case ISSUABLE -> eligible(rule).and(certified().not());
            case NOT_ELIGIBLE -> eligible(rule).not();
            case CERTIFIED -> certified();
        };
    }

    /**
     * The least average that EssayTally's rounding (to cents, half up) brings to at least {@code min}: the minimum
     * rounded up to cents, less half a cent.
     */
    static BigDecimal floor(BigDecimal min) {
        return min.setScale(2, RoundingMode.CEILING).subtract(new BigDecimal("0.005"));
    }
}

package edu.aum.course.report.control;

import edu.aum.course.notification.api.OutboxHealth;
import java.io.Serializable;
import java.util.List;

/**
 * The dashboards' figures over some weeks, each array one value a week: new enrollments by home university (the
 * largest few, then the rest), essays submitted on time and late (each submitted version), the marking turnaround
 * of the essays released, certificates issued and revoked; and the outbox as it stands now.
 */
public record Report(
        Weeks weeks,
        List<Series> enrollments,
        long[] onTime,
        long[] late,
        List<Turnaround> turnaround,
        long[] issued,
        long[] revoked,
        OutboxHealth.Figures outbox)
        implements Serializable {

    public long enrolled() {
        return enrollments.stream().mapToLong(Series::total).sum();
    }

    public long submittedOnTime() {
        return sum(onTime);
    }

    public long submittedLate() {
        return sum(late);
    }

    public long released() {
        return turnaround.stream().mapToLong(Turnaround::released).sum();
    }

    public long issuedCount() {
        return sum(issued);
    }

    public long revokedCount() {
        return sum(revoked);
    }

    static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }
}

package edu.aum.course.enrollment.api;

import edu.aum.course.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** When an offering runs and when students may enroll in it; every day is inclusive. */
@Embeddable
public class Schedule implements java.io.Serializable {

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "enrollment_opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "enrollment_closes_on", nullable = false)
    private LocalDate closesOn;

    protected Schedule() {
        // for JPA
    }

    public Schedule(LocalDate startsOn, LocalDate endsOn, LocalDate opensOn, LocalDate closesOn) {
        if (startsOn == null || endsOn == null || opensOn == null || closesOn == null) {
            throw new BusinessException("offering.dates.required");
        }
        if (!endsOn.isAfter(startsOn)) {
            throw new BusinessException("offering.endsBeforeStart");
        }
        if (!closesOn.isAfter(opensOn)) {
            throw new BusinessException("offering.closesBeforeOpens");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    public boolean isEnrollmentOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }
}

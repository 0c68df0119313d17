package edu.aum.course.enrollment.api;

import java.util.Set;

/** Where an enrollment stands, and where it may go from there. */
public enum EnrollmentStatus {
    ACTIVE,
    WITHDRAWN,
    COMPLETED;

    public boolean canBecome(EnrollmentStatus next) {
        return switch (this) {
            case ACTIVE -> Set.of(WITHDRAWN, COMPLETED).contains(next);
            case WITHDRAWN -> next == ACTIVE;
            case COMPLETED -> false;
        };
    }

    /** Whether an enrollment in this state holds one of the offering's seats. */
    public boolean holdsSeat() {
        return this != WITHDRAWN;
    }
}

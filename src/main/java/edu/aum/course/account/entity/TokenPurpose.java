package edu.aum.course.account.entity;

import java.time.Duration;

/** What a link mailed to a person lets them do, and for how long. */
public enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(1)),
    SET_PASSWORD(Duration.ofDays(7)),
    CHANGE_EMAIL(Duration.ofHours(48));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}

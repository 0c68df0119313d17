package edu.aum.course.account.entity;

import java.util.Set;

/**
 * Where an account stands. Only ACTIVE accounts sign in. A self-registered student waits for the
 * e-mail confirmation, an invited person for a password of their own; an administrator deactivates
 * and reactivates accounts, whose history stays.
 */
public enum AccountStatus {
    PENDING_CONFIRMATION,
    INVITED,
    ACTIVE,
    DEACTIVATED;

    /** The statuses this one may change to. */
    public Set<AccountStatus> next() {
        return switch (this) {
            case PENDING_CONFIRMATION, INVITED -> Set.of(ACTIVE, DEACTIVATED);
            case ACTIVE -> Set.of(DEACTIVATED);
            case DEACTIVATED -> Set.of(PENDING_CONFIRMATION, INVITED, ACTIVE);
        };
    }

    public boolean canChangeTo(AccountStatus target) {
        return next().contains(target);
    }
}

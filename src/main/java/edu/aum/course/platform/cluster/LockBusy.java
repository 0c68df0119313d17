package edu.aum.course.platform.cluster;

import jakarta.ejb.ApplicationException;

/** Another instance held the lock longer than the database waits for one (innodb_lock_wait_timeout): try again. */
@ApplicationException(rollback = true)
public class LockBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LockBusy(String name, Throwable cause) {
        super("The lock " + name + " is held by another instance", cause);
    }
}

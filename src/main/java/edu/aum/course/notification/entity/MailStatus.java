package edu.aum.course.notification.entity;

/** Where a message of the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt (the first, or a retry after a failure). */
    PENDING,
    /** Claimed by one sender, which is handing it to the SMTP server right now. */
    SENDING,
    /** Accepted by the SMTP server; never sent again. */
    SENT,
    /** Given up after too many attempts; an admin can queue it again. */
    FAILED
}

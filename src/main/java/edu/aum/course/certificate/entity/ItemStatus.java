package edu.aum.course.certificate.entity;

/** One chosen enrollment of a batch: still to do, issued, skipped (it already had a certificate) or failed. */
public enum ItemStatus {
    PENDING,
    ISSUED,
    SKIPPED,
    FAILED;

    public boolean isDone() {
        return this != PENDING;
    }
}

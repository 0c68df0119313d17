package edu.aum.course.certificate.entity;

/** Where an issuance batch stands: running (or waiting to be resumed), cancelled by an admin, or finished. */
public enum BatchStatus {
    RUNNING,
    CANCELLED,
    FINISHED
}

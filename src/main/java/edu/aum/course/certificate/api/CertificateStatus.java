package edu.aum.course.certificate.api;

/** What verification says of a certificate (DESIGN.md, public API). */
public enum CertificateStatus {
    /** Issued and in force. */
    VALID,
    /** Withdrawn by an admin, with a reason and date. */
    REVOKED,
    /** Replaced by a reissue (for example a corrected name); the successor is the one in force. */
    SUPERSEDED
}

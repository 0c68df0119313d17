package edu.aum.course.certificate.control;

/** Which standings the eligibility page shows (bundle keys StandingFilter.*). */
public enum StandingFilter {
    ALL,
    /** Eligible and without a certificate in force: what a batch would issue. */
    ISSUABLE,
    NOT_ELIGIBLE,
    /** With a certificate in force. */
    CERTIFIED
}

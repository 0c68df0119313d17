package edu.aum.course.partner.entity;

/** What partner staff said about a student who named their university. */
public enum AffiliationStatus {
    /** The student studies at the university. */
    CONFIRMED,
    /** The university does not know the student (or not under this number); administrators look into it. */
    DISPUTED
}

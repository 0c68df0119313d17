package edu.aum.course.grading.entity;

/** What the marker decided for a version: marked (ready for release, later released) or sent back for a revision. */
public enum ReviewOutcome {
    MARKED,
    REVISION
}

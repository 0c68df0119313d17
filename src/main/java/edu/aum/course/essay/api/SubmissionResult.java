package edu.aum.course.essay.api;

/** A marked essay passes or fails against its assignment's pass mark; only a released result counts. */
public enum SubmissionResult {
    PASS,
    FAIL
}

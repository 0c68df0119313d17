package edu.aum.course.essay.api;

/**
 * Fired inside the submission's transaction once a version is stored, for features that act on every
 * submitted essay (grading puts it in the marking queue and compares it with the others).
 */
public record EssaySubmitted(long submissionId, long versionId) {}

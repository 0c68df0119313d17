package edu.aum.course.account.api;

/**
 * Announced (a synchronous CDI event, in the renaming transaction) when a person's name changes, for the features
 * that keep a copy of it to sort by (an enrollment's student name).
 */
public record AccountRenamed(long accountId, String fullName) {}

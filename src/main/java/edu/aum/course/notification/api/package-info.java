/** Notification's front door: queue a mail in the outbox (with attachments) inside the caller's transaction; how the outbox stands. */
package edu.aum.course.notification.api;

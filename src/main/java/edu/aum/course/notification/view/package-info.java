/** The administrators' outbox screens: messages, one message, a test mail, queueing a failed one again. */
package edu.aum.course.notification.view;

/** The outbox's store and sender: claiming due mail, SMTP delivery with back-off, templates. */
package edu.aum.course.notification.control;

/** The mail outbox: mail written inside business transactions, EN/RU templates, the sender and its retries. */
package edu.aum.course.notification;

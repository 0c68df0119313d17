/** Mail attachments and the states of an outbox message. */
package edu.aum.course.notification.entity;

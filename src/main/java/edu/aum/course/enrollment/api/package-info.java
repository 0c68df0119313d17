/** Enrollment's front door: courses, offerings with their schedule, enrollments and their states, and the services that keep them. */
package edu.aum.course.enrollment.api;

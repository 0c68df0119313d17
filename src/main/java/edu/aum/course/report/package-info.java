/** The admin's dashboards: enrollments, essays, marking turnaround, certificates and the outbox, week by week. */
package edu.aum.course.report;

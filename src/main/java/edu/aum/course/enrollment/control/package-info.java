/** Enrollment work behind the screens: filters, CSV export, bulk enrollment from a file, university merges. */
package edu.aum.course.enrollment.control;

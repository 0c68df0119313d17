/** The dashboards' figures, counted in SQL by day over every feature's tables (read only) and folded into weeks. */
package edu.aum.course.report.control;

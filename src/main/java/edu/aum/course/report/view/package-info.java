/** /admin/reports.xhtml: the dashboards' charts, each with its table of the same numbers. */
package edu.aum.course.report.view;

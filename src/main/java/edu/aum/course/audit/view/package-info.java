/** /admin/audit.xhtml and /admin/audit.csv. */
package edu.aum.course.audit.view;

/** What the audit screen and its CSV share: the filters as typed, and the lines with who acted. */
package edu.aum.course.audit.control;

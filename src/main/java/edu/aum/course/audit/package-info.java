/** The admin's reading of the audit log: the screen, its filters and its CSV, over every feature's entries. */
package edu.aum.course.audit;

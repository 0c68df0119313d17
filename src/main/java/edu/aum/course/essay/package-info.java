/** Assignments, submissions and their versions, drafts, the word count, text extraction from uploaded files. */
package edu.aum.course.essay;

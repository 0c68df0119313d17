/** Assignments, submissions and their versions, the word count and text extraction. */
package edu.aum.course.essay;

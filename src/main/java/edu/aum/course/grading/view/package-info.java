/** Marking queue, marking page, rubric editor, grading set-up and dashboard, and the student's released result. */
package edu.aum.course.grading.view;

/** Grading's front door: the review of a submitted version, with its score, result and feedback once released. */
package edu.aum.course.grading.api;

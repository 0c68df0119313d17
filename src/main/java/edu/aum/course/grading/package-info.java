/** Rubrics, reviews of submitted essays, the marking queue and allocation, blind marking, release and similarity. */
package edu.aum.course.grading;

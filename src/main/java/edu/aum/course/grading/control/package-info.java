/** Grading services: rubrics, queue and allocation, marking, release, intake of submitted versions, similarity, statistics. */
package edu.aum.course.grading.control;

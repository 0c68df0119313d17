/** Rubrics with criteria and levels, and each assignment's grading settings (pass mark, blind marking). */
package edu.aum.course.grading.entity;

/** Deadlines, word bounds, extensions and uploaded files of essays. */
package edu.aum.course.essay.entity;

/** The administrators' list and edit screens of universities. */
package edu.aum.course.university.view;

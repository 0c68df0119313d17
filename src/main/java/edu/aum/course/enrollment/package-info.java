/** Courses, offerings and enrollments; merging a university a student named into a listed one. */
package edu.aum.course.enrollment;

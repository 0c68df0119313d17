/** Universities (partners and others), courses, offerings and enrollments. */
package edu.aum.course.enrollment;

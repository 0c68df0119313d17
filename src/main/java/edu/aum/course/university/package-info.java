/** Universities (partners and others) that accounts and enrollments refer to. */
package edu.aum.course.university;

/** Catalogue, enrollment and change of university for students; course, offering and enrollment screens for administrators. */
package edu.aum.course.enrollment.view;

/** Admin and student certificate screens, PDF and ZIP downloads, and the public verification page. */
package edu.aum.course.certificate.view;

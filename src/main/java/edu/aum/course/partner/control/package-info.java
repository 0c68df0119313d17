/** Partner services: the scope of a staff member or token, enrollments with progress, tokens, CSV. */
package edu.aum.course.partner.control;

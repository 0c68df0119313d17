/** Partner staff screens (students, detail, API tokens) and the administrators' partner screens. */
package edu.aum.course.partner.view;

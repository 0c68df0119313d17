/** Students' essay timeline, editor and receipt; staff screens for assignments and extensions. */
package edu.aum.course.essay.view;

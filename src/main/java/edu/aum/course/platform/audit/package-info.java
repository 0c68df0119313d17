/** The audit log: who changed the state of what, when, from which state to which, and why. */
package edu.aum.course.platform.audit;

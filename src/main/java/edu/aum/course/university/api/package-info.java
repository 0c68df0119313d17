/** University's front door: universities, their countries, what a student names as home university, and the service. */
package edu.aum.course.university.api;

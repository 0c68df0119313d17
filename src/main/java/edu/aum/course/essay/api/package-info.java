/** Essay's front door: assignments, submissions, their versions, states and results, the word counter, the essay HTML rule and the services. */
package edu.aum.course.essay.api;

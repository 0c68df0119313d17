/** Partner staff screens, API tokens and the partner REST API. */
package edu.aum.course.partner;

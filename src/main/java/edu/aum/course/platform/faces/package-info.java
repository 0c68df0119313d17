/** JSF set-up: business refusals as messages on the same page, lazy paged tables, redirects that keep their message. */
package edu.aum.course.platform.faces;

/** What every feature stands on: business refusals, the clock, configuration, persistence start-up, i18n, JSF and REST set-up, audit, health; it imports no feature. */
package edu.aum.course.platform;

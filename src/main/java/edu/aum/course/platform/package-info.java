/** What the features share: persistence start-up, security set-up, i18n, web configuration, health. */
package edu.aum.course.platform;

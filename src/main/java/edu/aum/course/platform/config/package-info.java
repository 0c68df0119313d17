/** Settings read once from MicroProfile Config (environment variables). */
package edu.aum.course.platform.config;

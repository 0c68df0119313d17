/** The data source from configuration, Flyway migrations at start-up, and JPA converters. */
package edu.aum.course.platform.persistence;

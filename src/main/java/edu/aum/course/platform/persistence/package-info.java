/** The data source from configuration, Flyway migrations at start-up, JPA converters, and the stored file that essay uploads and mail attachments share. */
package edu.aum.course.platform.persistence;

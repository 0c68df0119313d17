/** Certificate batches and their items, with their states. */
package edu.aum.course.certificate.entity;

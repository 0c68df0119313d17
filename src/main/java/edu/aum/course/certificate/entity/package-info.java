/** Certificate batches and their items, with their states; the signing certificates the product has used. */
package edu.aum.course.certificate.entity;

/** Certificate's front door: the issued certificate and its status, as partner screens and the API show them. */
package edu.aum.course.certificate.api;

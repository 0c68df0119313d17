/** The public certificate JSON API (/api/v1/certificates/{serial}) and its rate limit per client address. */
package edu.aum.course.certificate.boundary;

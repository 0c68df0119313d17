/** Certificates: eligibility, templates, issuance in batches, PDF rendering and signing, storage, verification, revocation and reissue. */
package edu.aum.course.certificate;

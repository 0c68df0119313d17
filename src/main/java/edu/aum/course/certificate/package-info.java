/** Certificates: templates, PDF rendering and signing, serials, verification (eligibility and issuance come later). */
package edu.aum.course.certificate;

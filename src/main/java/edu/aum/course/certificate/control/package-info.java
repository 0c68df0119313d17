/** Certificate services and the engine: eligibility, batches and their runner, templates, rendering, QR codes, signing, verification. */
package edu.aum.course.certificate.control;

package edu.aum.course.certificate.control;

/** A batch item ready to be rendered and signed: what its certificate says, and with which template. */
public record Prepared(
        long itemId,
        long enrollmentId,
        String template,
        CertificateData data,
        boolean mail,
        long adminId,
        long batchId) {}

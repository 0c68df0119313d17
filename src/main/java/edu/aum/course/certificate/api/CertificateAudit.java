package edu.aum.course.certificate.api;

import edu.aum.course.platform.audit.AuditFilter.Scope;
import java.util.Map;

/** Which of the log's entries about certificates belong to an offering, or to the certificate of a serial. */
public final class CertificateAudit {

    public static final String SUBJECT = "Certificate";

    private CertificateAudit() {}

    public static Map<String, String> inOffering() {
        return Map.of(SUBJECT, "SELECT c.id FROM Certificate c WHERE c.enrollment.offering.id = " + Scope.PARAMETER);
    }

    /** The certificate of a serial, given as the scope's value (a text). */
    public static Map<String, String> bySerial() {
        return Map.of(SUBJECT, "SELECT c.id FROM Certificate c WHERE c.serial = " + Scope.PARAMETER);
    }
}

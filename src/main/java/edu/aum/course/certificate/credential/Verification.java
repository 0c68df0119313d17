package edu.aum.course.certificate.credential;

import edu.aum.course.certificate.api.CertificateStatus;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * A credential whose signature holds against the published keys: what it asserts, which key signed it (and
 * whether that is today's), what our status list says of it and, for one of our certificates, its status.
 */
public record Verification(
        JsonObject payload,
        String kid,
        boolean currentKey,
        ListStatus listStatus,
        Optional<CertificateStatus> certificate) {

    /** What the status list says: the bit is 0, 1, or the credential names no list of ours. */
    public enum ListStatus {
        ACTIVE,
        REVOKED,
        NO_STATUS
    }

    /** Signed by us, and no list of ours says it is revoked. */
    public boolean verified() {
        return listStatus != ListStatus.REVOKED;
    }
}

package edu.aum.course.certificate.credential;

import jakarta.ejb.ApplicationException;

/**
 * A credential that verification refuses, with why; the REST API answers it as problem details. An application
 * exception, so that it reaches the caller as itself, not wrapped by the EJB container.
 */
@ApplicationException(rollback = true)
public class CredentialRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, with the HTTP status the API answers. */
    public enum Reason {
        MALFORMED(400, "Malformed credential"),
        OVERSIZED(413, "Credential too large"),
        UNKNOWN_KEY(422, "Not signed by this issuer"),
        BAD_SIGNATURE(422, "Signature does not match"),
        EXPIRED(422, "Credential expired"),
        NOT_YET_VALID(422, "Credential not yet valid");

        private final int status;
        private final String title;

        Reason(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }

        /** The problem type, a stable URI per reason. */
        public String type() {
            return "urn:aum-course:credential:"
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public CredentialRejected(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

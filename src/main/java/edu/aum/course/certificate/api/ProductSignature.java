package edu.aum.course.certificate.api;

import edu.aum.course.certificate.credential.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * The product's signature for statements other features make (a partner's enrollment attestation): a compact
 * JWS with today's signing key, checkable offline against /.well-known/jwks.json, and POST
 * /api/v1/credentials/verify.
 */
@ApplicationScoped
public class ProductSignature {

    @Inject
    Credentials credentials;

    /** Signs this JSON payload; type is the JOSE "typ" header (e.g. "JWT"). */
    public String sign(JsonObject payload, String type) {
        return credentials.sign(payload, type);
    }

    /** The issuer's id (its Open Badges profile), for the iss claim. */
    public String issuerId() {
        return credentials.issuer().id();
    }

    public String issuerName() {
        return credentials.issuer().name();
    }

    public String jwksUrl() {
        return credentials.jwksUrl();
    }
}

package edu.aum.course.certificate.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import edu.aum.course.platform.text.Sha256;
import jakarta.json.JsonObject;
import java.net.URI;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.List;

/**
 * The JOSE side of the product's signing keys: a credential is signed with the same key pair that signs the
 * certificate PDFs (RS256 for an RSA key, ES256 for an EC P-256 one), and the key id is the SHA-256 fingerprint
 * of its X.509 certificate, the figure /verify shows for PDFs; so each recorded signing certificate is one
 * entry of the JWKS, with its certificate in x5c.
 */
public final class JoseKeys {

    private JoseKeys() {}

    /** The key id: the hex SHA-256 of the DER certificate, as stored in signing_certificates. */
    public static String kid(X509Certificate certificate) {
        try {
            return Sha256.hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The public key of a signing certificate as a JWK: kid, use "sig", alg, and the certificate in x5c. */
    public static JWK publicJwk(X509Certificate certificate) {
        try {
            JWK parsed = JWK.parse(certificate);
            if (parsed instanceof RSAKey rsa) {
                return new RSAKey.Builder(rsa.toRSAPublicKey())
                        .keyID(kid(certificate))
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256)
                        .x509CertChain(rsa.getX509CertChain())
                        .build();
            }
            if (parsed instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
                return new ECKey.Builder(ec.getCurve(), ec.toECPublicKey())
                        .keyID(kid(certificate))
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.ES256)
                        .x509CertChain(ec.getX509CertChain())
                        .build();
            }
            throw new IllegalArgumentException("a credential key is RSA or EC P-256, not " + parsed.getKeyType());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("cannot read the signing certificate's key", e);
        }
    }

    /** The JWKS of these signing certificates (oldest first; none is ever dropped). */
    public static JWKSet jwks(List<X509Certificate> certificates) {
        return new JWKSet(certificates.stream().map(JoseKeys::publicJwk).toList());
    }

    /**
     * A compact JWS of this JSON payload, signed with the private key of the certificate; the header names the
     * key (kid), where the keys are published (jku) and the type.
     */
    public static String sign(
            JsonObject payload, String type, PrivateKey key, X509Certificate certificate, URI jwksUrl) {
        JWK jwk = publicJwk(certificate);
        JWSAlgorithm algorithm = (JWSAlgorithm) jwk.getAlgorithm();
        JWSHeader header = new JWSHeader.Builder(algorithm)
                .type(new JOSEObjectType(type))
                .keyID(jwk.getKeyID())
                .jwkURL(jwksUrl)
                .build();
        JWSObject jws = new JWSObject(header, new Payload(payload.toString()));
        try {
            jws.sign(signer(algorithm, key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the product's key", e);
        }
        return jws.serialize();
    }

    private static JWSSigner signer(JWSAlgorithm algorithm, PrivateKey key) throws JOSEException {
        return JWSAlgorithm.ES256.equals(algorithm) ? new ECDSASigner((ECPrivateKey) key) : new RSASSASigner(key);
    }
}

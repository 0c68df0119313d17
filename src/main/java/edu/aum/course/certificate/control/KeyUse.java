package edu.aum.course.certificate.control;

import edu.aum.course.certificate.entity.SigningCertificate;
import edu.aum.course.platform.text.Sha256;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The time the product signed with one key: from its first use to the first use of the key that followed
 * it (none while it is the newest), with its certificate's SHA-256 fingerprint and subject.
 */
public record KeyUse(String sha256, String subject, Instant usedFrom, Instant usedUntil)
        implements java.io.Serializable {

    /** The use of the signer's certificate among the recorded ones (in order of first use); empty if not among them. */
    static Optional<KeyUse> of(X509Certificate signer, List<SigningCertificate> recorded) {
        String sha256 = sha256(signer);
        for (int i = 0; i < recorded.size(); i++) {
            SigningCertificate key = recorded.get(i);
            if (key.getSha256().equals(sha256)) {
                Instant until = i + 1 < recorded.size() ? recorded.get(i + 1).getFirstUsedAt() : null;
                return Optional.of(new KeyUse(sha256, key.getSubject(), key.getFirstUsedAt(), until));
            }
        }
        return Optional.empty();
    }

    /** Whether no later key has been taken into use since. */
    public boolean current() {
        return usedUntil == null;
    }

    /** The fingerprint as certificate viewers show it: AB:CD:…, upper case. */
    public String fingerprint() {
        return HexFormat.ofDelimiter(":")
                .withUpperCase()
                .formatHex(HexFormat.of().parseHex(sha256));
    }

    static String sha256(X509Certificate certificate) {
        try {
            return Sha256.hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

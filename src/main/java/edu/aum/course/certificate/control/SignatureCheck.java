package edu.aum.course.certificate.control;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * What the verifier found: whether the PDF is signed, whether the signature is cryptographically valid,
 * and whether it covers every byte of the file (nothing appended after signing), with the signer.
 */
public record SignatureCheck(boolean signed, boolean valid, boolean coversWholeFile, Optional<X509Certificate> signer) {

    static SignatureCheck unsigned() {
        return new SignatureCheck(false, false, false, Optional.empty());
    }

    /** Signed, valid and covering the whole file: the PDF is as it was issued. */
    public boolean intact() {
        return signed && valid && coversWholeFile;
    }

    /** Intact and signed by this certificate. */
    public boolean intactAndSignedBy(X509Certificate expected) {
        return intact() && signer.filter(expected::equals).isPresent();
    }
}

package edu.aum.course.certificate.control;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/** Checks the last signature of a certificate PDF; any damage gives "not valid", never an exception. */
public final class SignatureVerifier {

    private SignatureVerifier() {}

    public static SignatureCheck verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return SignatureCheck.unsigned();
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            return check(
                    signature.getContents(pdf),
                    signature.getSignedContent(pdf),
                    coversWholeFile(signature.getByteRange(), pdf));
        } catch (IOException | RuntimeException e) {
            return new SignatureCheck(true, false, false, Optional.empty());
        }
    }

    /** [0, a, b, c]: from the first byte to the signature's hex string, and from its end to the last byte. */
    private static boolean coversWholeFile(int[] range, byte[] pdf) {
        return range.length == 4
                && range[0] == 0
                && range[1] > 0
                && range[2] > range[1]
                && (long) range[2] + range[3] == pdf.length
                && pdf[range[1]] == '<'
                && pdf[range[2] - 1] == '>';
    }

    /** The CMS structure without the zeros that pad the space reserved for it. */
    private static ContentInfo firstObject(byte[] cms) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static SignatureCheck check(byte[] cms, byte[] signedContent, boolean whole) {
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedContent), firstObject(cms));
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new SignatureCheck(true, false, whole, Optional.empty());
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new SignatureCheck(true, false, whole, Optional.empty());
            }
            X509CertificateHolder holder = matches.iterator().next();
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            return new SignatureCheck(true, valid, whole, Optional.of(certificate));
        } catch (IOException | CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            return new SignatureCheck(true, false, whole, Optional.empty());
        }
    }
}

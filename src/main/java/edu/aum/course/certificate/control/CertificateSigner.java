package edu.aum.course.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs certificate PDFs with a PAdES baseline (B-B) signature: a detached CMS signature
 * (ETSI.CAdES.detached) over the whole file, added by an incremental save, with the signer's
 * certificate referenced by signing-certificate-v2 and no CMS signing time (PAdES takes it from /M).
 * Build one per key and share it: the key, chain and attribute set are prepared once. Thread-safe.
 */
public final class CertificateSigner {

    private final SigningKey key;
    private final String algorithm;
    private final JcaCertStore chain;
    private final DigestCalculatorProvider digests;
    private final CMSAttributeTableGenerator signedAttributes;
    private final int reservedBytes;

    public CertificateSigner(SigningKey key) {
        try {
            this.key = key;
            this.algorithm = "SHA256with"
                    + ("EC".equals(key.privateKey().getAlgorithm())
                            ? "ECDSA"
                            : key.privateKey().getAlgorithm());
            this.chain = new JcaCertStore(key.chain());
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
            this.signedAttributes = padesAttributes(key.certificate());
            // signed attributes and CMS framing stay under 1.5 KB and an RSA-4096 signature is 512 bytes;
            // every reserved byte is written as two hex digits, byte by byte by PDFBox, so keep it tight
            this.reservedBytes = 2048
                    + key.chain().stream()
                            .mapToInt(CertificateSigner::encodedLength)
                            .sum();
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot use the signing key", e);
        }
    }

    /** The key itself, for what else the product signs with it (credentials: certificate.credential). */
    public SigningKey key() {
        return key;
    }

    public X509Certificate certificate() {
        return key.certificate();
    }

    /** The same PDF with a signature covering all of it appended (for a PDF made elsewhere; new certificates are signed as they are written, see CertificateRenderer.renderSigned). */
    public byte[] sign(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(reservedBytes);
            document.addSignature(signatureDictionary(), this::cms, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reservedBytes + 2048);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDSignature signatureDictionary() {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setSignDate(Calendar.getInstance());
        return signature;
    }

    /** Room for the CMS signature in the PDF (each byte is written as two hex digits). */
    int reservedBytes() {
        return reservedBytes;
    }

    /** The CMS signature of pdf's byte range [start1, length1, start2, length2], read in place. */
    byte[] cms(byte[] pdf, int[] byteRange) throws IOException {
        return cms(new CMSProcessableByteRange(pdf, byteRange));
    }

    /** PDFBox's SignatureInterface: the CMS signature of the byte ranges it streams in. */
    private byte[] cms(InputStream content) throws IOException {
        return cms(new CMSProcessableByteArray(content.readAllBytes()));
    }

    private byte[] cms(CMSTypedData content) throws IOException {
        try {
            SignerInfoGenerator signer = new JcaSignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(new JcaContentSignerBuilder(algorithm).build(key.privateKey()), key.certificate());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signer);
            generator.addCertificates(chain);
            return generator.generate(content, false).getEncoded();
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IOException("Cannot sign", e);
        }
    }

    /**
     * The signed attributes of PAdES B-B: content type, message digest and signing-certificate-v2, and no
     * signing time (PAdES takes it from /M). Built directly: BouncyCastle's default generator makes a
     * signing time (with a date formatter) on every call, only for us to remove it.
     */
    private static CMSAttributeTableGenerator padesAttributes(X509Certificate certificate)
            throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        Attribute signingCertificate = new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash))));
        return parameters -> {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.contentType, new DERSet((ASN1ObjectIdentifier)
                    parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString((byte[])
                    parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            attributes.add(signingCertificate);
            return new AttributeTable(attributes);
        };
    }

    private static int encodedLength(X509Certificate certificate) {
        try {
            return certificate.getEncoded().length;
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

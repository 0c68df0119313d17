package edu.aum.course.certificate.control;

import java.io.IOException;
import java.io.OutputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;

/** The signed bytes of a PDF (its byte range) handed to BouncyCastle without copying them. */
final class CMSProcessableByteRange implements CMSTypedData {

    private final byte[] pdf;
    private final int[] range;

    CMSProcessableByteRange(byte[] pdf, int[] range) {
        this.pdf = pdf;
        this.range = range.clone();
    }

    @Override
    public ASN1ObjectIdentifier getContentType() {
        return CMSObjectIdentifiers.data;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        out.write(pdf, range[0], range[1]);
        out.write(pdf, range[2], range[3]);
    }

    /** Not null, or BouncyCastle treats the content as absent and signs nothing; never encapsulated. */
    @Override
    public Object getContent() {
        return pdf;
    }
}

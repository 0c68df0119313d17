package edu.aum.course.certificate.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A background image as PDFBox embeds it (the PNG's compressed data or the JPEG as it is), made once
 * and then copied byte for byte into each certificate: PDFBox's PNG import costs several milliseconds
 * a page for a full-page scan, a copy a fraction of one. Images whose dictionary refers to other
 * objects (an alpha mask, an ICC profile) are not cached and are imported per document instead.
 */
final class EncodedImage {

    private final COSDictionary dictionary;
    private final byte[] encoded;

    private EncodedImage(COSDictionary dictionary, byte[] encoded) {
        this.dictionary = dictionary;
        this.encoded = encoded;
    }

    static Optional<EncodedImage> of(byte[] imageFile, String name) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            COSStream stream =
                    PDImageXObject.createFromByteArray(scratch, imageFile, name).getCOSObject();
            COSDictionary dictionary = new COSDictionary();
            for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
                if (!entry.getKey().equals(COSName.LENGTH)) {
                    COSBase copy = copy(entry.getValue());
                    if (copy == null) {
                        return Optional.empty();
                    }
                    dictionary.setItem(entry.getKey(), copy);
                }
            }
            try (InputStream raw = stream.createRawInputStream()) {
                return Optional.of(new EncodedImage(dictionary, raw.readAllBytes()));
            }
        }
    }

    PDImageXObject copyInto(PDDocument document) throws IOException {
        // a read-only view of the shared bytes: the stream is written out from them without a copy
        RandomAccessReadBuffer bytes = new RandomAccessReadBuffer(encoded);
        COSStream stream = new COSStream(null, new RandomAccessReadView(bytes, 0, encoded.length));
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            stream.setItem(entry.getKey(), copy(entry.getValue()));
        }
        stream.setInt(COSName.LENGTH, encoded.length);
        return new PDImageXObject(new PDStream(stream), null);
    }

    /** A deep copy of a direct value; null for what cannot be copied simply (streams, references). */
    private static COSBase copy(COSBase value) {
        if (value instanceof COSName || value instanceof COSNumber || value instanceof COSBoolean) {
            return value;
        }
        if (value instanceof COSArray array) {
            COSArray copy = new COSArray();
            for (int i = 0; i < array.size(); i++) {
                COSBase element = copy(array.get(i));
                if (element == null) {
                    return null;
                }
                copy.add(element);
            }
            return copy;
        }
        if (value instanceof COSDictionary dictionary && !(value instanceof COSStream)) {
            COSDictionary copy = new COSDictionary();
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                COSBase element = copy(entry.getValue());
                if (element == null) {
                    return null;
                }
                copy.setItem(entry.getKey(), element);
            }
            return copy;
        }
        return null;
    }
}

package edu.aum.course.certificate.control;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A font file of a template: its bytes, kept to build per-renderer copies, and its character map,
 * read once, which the glyph check consults from any thread.
 */
final class TemplateFont {

    private final String file;
    private final byte[] bytes;
    private final CmapLookup cmap;

    private TemplateFont(String file, byte[] bytes, CmapLookup cmap) {
        this.file = file;
        this.bytes = bytes;
        this.cmap = cmap;
    }

    /** Throws IOException when the bytes are not a TrueType/OpenType font with a Unicode map. */
    static TemplateFont of(String file, byte[] bytes) throws IOException {
        try (TrueTypeFont ttf = parse(bytes)) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap == null || ttf.getNumberOfGlyphs() < 2) {
                throw new IOException("no Unicode character map in " + file);
            }
            return new TemplateFont(file, bytes, cmap);
        } catch (RuntimeException e) {
            throw new IOException(file, e);
        }
    }

    /** A fresh parse for one renderer: PDFBox's font objects are not made for sharing between threads. */
    TrueTypeFont open() throws IOException {
        TrueTypeFont ttf = parse(bytes);
        // The Latin GSUB worker would merge "fi" into a ligature, and text extraction then gives back
        // something other than the holder's name; certificates need the letters as written.
        ttf.setEnableGsub(false);
        return ttf;
    }

    boolean canDraw(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    String file() {
        return file;
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }
}

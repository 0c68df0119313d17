package edu.aum.course.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A font file of a template: its bytes, kept to build per-renderer copies, and its character map,
 * read once, which the glyph check consults from any thread. Also a cut-down copy with only the
 * scripts of European names and texts: PDFBox measures every glyph of a font for each new document
 * (DejaVu has 6,000), so certificates whose texts stay within these ranges are made from the copy.
 */
final class TemplateFont {

    /** Latin (with extensions and combining accents), Greek, Cyrillic, punctuation, currency, letterlike symbols (№). */
    private static final int[][] COMMON_RANGES = {
        {0x20, 0x7E},
        {0xA0, 0x24F},
        {0x300, 0x36F},
        {0x370, 0x3FF},
        {0x400, 0x52F},
        {0x1E00, 0x1EFF},
        {0x2000, 0x206F},
        {0x20A0, 0x20CF},
        {0x2100, 0x214F}
    };

    /** English and Russian texts and names: Basic Latin, Latin-1, Latin Extended-A, basic Cyrillic, dashes and quotes, €, №. */
    private static final int[][] BASIC_RANGES = {
        {0x20, 0x7E},
        {0xA0, 0x17F},
        {0x400, 0x45F},
        {0x2010, 0x2027},
        {0x2030, 0x203A},
        {0x20AC, 0x20AC},
        {0x2116, 0x2116}
    };

    /** Which copy of a font a certificate is drawn from: the smallest whose ranges hold all its texts. */
    enum Cut {
        BASIC,
        COMMON,
        WHOLE;

        static Cut of(int codePoint) {
            return in(BASIC_RANGES, codePoint) ? BASIC : in(COMMON_RANGES, codePoint) ? COMMON : WHOLE;
        }
    }

    private final String file;
    private final byte[] bytes;
    private final byte[] common;
    private final byte[] basic;
    private final CmapLookup cmap;

    private TemplateFont(String file, byte[] bytes, byte[] common, byte[] basic, CmapLookup cmap) {
        this.file = file;
        this.bytes = bytes;
        this.common = common;
        this.basic = basic;
        this.cmap = cmap;
    }

    /** Throws IOException when the bytes are not a TrueType/OpenType font with a Unicode map. */
    static TemplateFont of(String file, byte[] bytes) throws IOException {
        try (TrueTypeFont ttf = parse(bytes)) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap == null || ttf.getNumberOfGlyphs() < 2) {
                throw new IOException("no Unicode character map in " + file);
            }
            return new TemplateFont(
                    file, bytes, subset(ttf, cmap, COMMON_RANGES), subset(ttf, cmap, BASIC_RANGES), cmap);
        } catch (RuntimeException e) {
            throw new IOException(file, e);
        }
    }

    private static byte[] subset(TrueTypeFont ttf, CmapLookup cmap, int[][] ranges) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(ttf);
        for (int[] range : ranges) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (cmap.getGlyphId(c) != 0) {
                    subsetter.add(c);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    static boolean isCommon(int codePoint) {
        return in(COMMON_RANGES, codePoint);
    }

    private static boolean in(int[][] ranges, int codePoint) {
        for (int[] range : ranges) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A fresh parse for one renderer (PDFBox's font objects are not made for sharing between threads):
     * the cut-down copy, or the whole font for texts beyond the common ranges.
     */
    TrueTypeFont open(Cut cut) throws IOException {
        TrueTypeFont ttf = parse(
                switch (cut) {
                    case BASIC -> basic;
                    case COMMON -> common;
                    case WHOLE -> bytes;
                });
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

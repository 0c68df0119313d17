package edu.aum.course.essay.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The body text of .docx (WordprocessingML) and .odt (OpenDocument) files, paragraph by paragraph.
 * Both are ZIP archives of XML: the parts are read with limits (entries, bytes, compression ratio), so
 * a zip bomb is refused before it fills memory, and XML is read without DTDs or external entities.
 */
final class OfficeText {

    static final int MAX_ENTRIES = 1000;
    static final long MAX_PART_BYTES = 20L * 1024 * 1024;
    static final long MAX_RATIO = 100;

    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private OfficeText() {}

    static String docx(byte[] file) throws ExtractionRefused {
        Map<String, byte[]> parts = parts(file, Set.of("[Content_Types].xml", "word/document.xml"));
        if (!parts.containsKey("word/document.xml")) {
            throw new ExtractionRefused("essay.upload.mismatch", "docx");
        }
        return read(parts.get("word/document.xml"), new DocxReader());
    }

    static String odt(byte[] file) throws ExtractionRefused {
        Map<String, byte[]> parts = parts(file, Set.of("mimetype", "content.xml", "META-INF/manifest.xml"));
        String mimetype = new String(parts.getOrDefault("mimetype", new byte[0]), StandardCharsets.US_ASCII).strip();
        if (!ODT_MIMETYPE.equals(mimetype) || !parts.containsKey("content.xml")) {
            throw new ExtractionRefused("essay.upload.mismatch", "odt");
        }
        String manifest = new String(parts.getOrDefault("META-INF/manifest.xml", new byte[0]), StandardCharsets.UTF_8);
        if (manifest.contains("encryption-data")) {
            throw new ExtractionRefused("essay.upload.encrypted");
        }
        return read(parts.get("content.xml"), new OdtReader());
    }

    /** The named parts of the archive, read within the limits. */
    private static Map<String, byte[]> parts(byte[] file, Set<String> wanted) throws ExtractionRefused {
        Map<String, byte[]> parts = new HashMap<>();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new ExtractionRefused("essay.upload.bomb");
                }
                if (wanted.contains(entry.getName())) {
                    parts.put(entry.getName(), limited(zip, file.length));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ExtractionRefused("essay.upload.damaged");
        }
        if (entries == 0) {
            throw new ExtractionRefused("essay.upload.damaged");
        }
        return parts;
    }

    private static byte[] limited(InputStream in, long compressedSize) throws IOException, ExtractionRefused {
        long limit = Math.min(MAX_PART_BYTES, Math.max(1024 * 1024, compressedSize * MAX_RATIO));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                throw new ExtractionRefused("essay.upload.bomb");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String read(byte[] xml, PartReader reader) throws ExtractionRefused {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader xmlReader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                return reader.read(xmlReader);
            } finally {
                xmlReader.close();
            }
        } catch (XMLStreamException e) {
            throw new ExtractionRefused("essay.upload.damaged");
        }
    }

    private interface PartReader {
        String read(XMLStreamReader xml) throws XMLStreamException;
    }

    /** w:p paragraphs of w:t runs; tabs and breaks kept; deleted text and field codes skipped. */
    private static final class DocxReader implements PartReader {
        @Override
        public String read(XMLStreamReader xml) throws XMLStreamException {
            Paragraphs text = new Paragraphs();
            boolean inText = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && WORD.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "t" -> inText = true;
                        case "tab" -> text.append("\t");
                        case "br", "cr" -> text.append("\n");
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && WORD.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "t" -> inText = false;
                        case "p" -> text.endParagraph();
                        default -> {}
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    text.append(xml.getText());
                }
            }
            return text.toString();
        }
    }

    /** text:p and text:h paragraphs of office:text; text:s, text:tab, text:line-break kept; notes skipped. */
    private static final class OdtReader implements PartReader {
        @Override
        public String read(XMLStreamReader xml) throws XMLStreamException {
            Paragraphs text = new Paragraphs();
            boolean inBody = false;
            int skipped = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    if (ODF_OFFICE.equals(ns) && name.equals("text")) {
                        inBody = true;
                    } else if (skipped > 0
                            || (ODF_TEXT.equals(ns) && name.equals("note"))
                            || (ODF_OFFICE.equals(ns) && name.equals("annotation"))) {
                        skipped++;
                    } else if (ODF_TEXT.equals(ns)) {
                        switch (name) {
                            case "s" -> text.append(" ".repeat(count(xml.getAttributeValue(ODF_TEXT, "c"))));
                            case "tab" -> text.append("\t");
                            case "line-break" -> text.append("\n");
                            default -> {}
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String ns = xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    if (skipped > 0) {
                        skipped--;
                    } else if (ODF_TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
                        text.endParagraph();
                    } else if (ODF_OFFICE.equals(ns) && name.equals("text")) {
                        inBody = false;
                    }
                } else if (inBody
                        && skipped == 0
                        && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    text.append(xml.getText());
                }
            }
            return text.toString();
        }

        private static int count(String value) {
            try {
                return value == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(value)));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    /** Paragraphs separated by a blank line; empty paragraphs dropped. */
    private static final class Paragraphs {
        private final StringBuilder all = new StringBuilder();
        private final StringBuilder current = new StringBuilder();

        void append(String text) {
            current.append(text);
        }

        void endParagraph() {
            String paragraph = current.toString().strip();
            current.setLength(0);
            if (!paragraph.isEmpty()) {
                if (all.length() > 0) {
                    all.append("\n\n");
                }
                all.append(paragraph);
            }
        }

        @Override
        public String toString() {
            endParagraph();
            return all.toString();
        }
    }
}

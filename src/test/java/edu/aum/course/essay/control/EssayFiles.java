package edu.aum.course.essay.control;

import java.io.IOException;

/** Small essay files of each kind for the integration tests, built as TextExtractorTest builds them. */
public final class EssayFiles {

    private EssayFiles() {}

    public static byte[] docx(String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
        }
        return TextExtractorTest.docx(body.toString());
    }

    public static byte[] odt(String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<text:p>").append(p).append("</text:p>");
        }
        return TextExtractorTest.odt(body.toString(), false);
    }

    public static byte[] pdf(String line) throws IOException {
        return TextExtractorTest.pdf(line, null);
    }

    public static byte[] encryptedPdf(String line) throws IOException {
        return TextExtractorTest.pdf(line, "secret");
    }
}

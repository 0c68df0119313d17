package edu.aum.course.certificate.view;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.control.Issuing;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** How the certificate servlets answer: a PDF as stored (never rendered again), and their parameters. */
final class PdfResponses {

    private PdfResponses() {}

    static void send(HttpServletResponse response, Certificate certificate, boolean inline) throws IOException {
        send(response, certificate.getPdf(), Issuing.fileName(certificate), inline);
    }

    static void send(HttpServletResponse response, byte[] pdf, String fileName, boolean inline) throws IOException {
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader(
                "Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }

    static Optional<Long> id(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

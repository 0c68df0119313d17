package edu.aum.course.certificate.control;

import java.nio.file.Path;
import java.time.LocalDate;

/** The shipped default template and a certificate for it, shared by the tests. */
final class Samples {

    static final Path DEFAULT_TEMPLATE = Path.of("certificates-templates/default");
    static final String NAME = "Ёлкина Мария-Luisa O'Neil";
    private static CertificateTemplate defaultTemplate;

    private Samples() {}

    static synchronized CertificateTemplate defaultTemplate() {
        if (defaultTemplate == null) {
            defaultTemplate = TemplateLoader.load("default", TemplateFiles.directory(DEFAULT_TEMPLATE))
                    .orRefuse();
        }
        return defaultTemplate;
    }

    static CertificateData certificate(String holderName) {
        String serial = "7KQ4-M2XD-9HTR";
        return new CertificateData(
                holderName,
                "U.S.-Russia Relations",
                "Российско-американские отношения",
                LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 5, 29),
                LocalDate.of(2026, 6, 5),
                serial,
                "http://localhost:8080/verify/" + serial);
    }
}

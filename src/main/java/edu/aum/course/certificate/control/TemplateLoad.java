package edu.aum.course.certificate.control;

import java.util.List;
import java.util.Optional;

/** The outcome of choosing a template: the template when it is valid, and every problem found. */
public record TemplateLoad(Optional<CertificateTemplate> template, List<CertificateProblem> problems) {

    public TemplateLoad {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return template.isPresent() && problems.isEmpty();
    }

    /** The template, or CertificateRefused with the problems. */
    public CertificateTemplate orRefuse() {
        if (!isValid()) {
            throw new CertificateRefused(problems);
        }
        return template.get();
    }
}

package edu.aum.course.certificate.control;

import java.util.List;

/**
 * A certificate that cannot be made as asked (an invalid template, a character its font cannot draw);
 * the problems are bundle keys for the admin's screen.
 */
public class CertificateRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<CertificateProblem> problems;

    public CertificateRefused(List<CertificateProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<CertificateProblem> problems() {
        return problems;
    }
}

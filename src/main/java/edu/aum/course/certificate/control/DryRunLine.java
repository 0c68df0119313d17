package edu.aum.course.certificate.control;

/**
 * What a batch would do for one chosen enrollment: issue (and e-mail or not), or not issue, with the reason
 * (a bundle key and its arguments). An issued line may carry a note too (it replaces a revoked certificate).
 */
public record DryRunLine(Standing standing, boolean issue, boolean mail, CertificateProblem reason)
        implements java.io.Serializable {

    public String holderName() {
        return standing.enrollment().getStudent().getFullName();
    }

    public String email() {
        return standing.enrollment().getStudent().getEmail();
    }
}

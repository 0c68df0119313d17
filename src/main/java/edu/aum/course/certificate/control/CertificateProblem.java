package edu.aum.course.certificate.control;

import java.util.List;

/** A problem for people to read: a bundle key (certificate.*) and its MessageFormat arguments. */
public record CertificateProblem(String key, List<Object> arguments) implements java.io.Serializable {

    public CertificateProblem {
        arguments = List.copyOf(arguments);
    }

    public static CertificateProblem of(String key, Object... arguments) {
        return new CertificateProblem(key, List.of(arguments));
    }
}

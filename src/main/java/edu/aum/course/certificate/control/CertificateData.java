package edu.aum.course.certificate.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a certificate says, independent of language: the template decides which title and which date
 * format each printed field uses. The holder's name is printed exactly as written.
 */
public record CertificateData(
        String holderName,
        String courseTitleEn,
        String courseTitleRu,
        LocalDate offeringStart,
        LocalDate offeringEnd,
        LocalDate issuedOn,
        String serial,
        String verificationUrl) {

    public CertificateData {
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(courseTitleEn, "courseTitleEn");
        Objects.requireNonNull(courseTitleRu, "courseTitleRu");
        Objects.requireNonNull(offeringStart, "offeringStart");
        Objects.requireNonNull(offeringEnd, "offeringEnd");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }
}

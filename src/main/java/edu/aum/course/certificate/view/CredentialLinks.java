package edu.aum.course.certificate.view;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.credential.CredentialUrls;
import edu.aum.course.certificate.credential.Credentials;
import edu.aum.course.platform.i18n.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Links to a certificate's Open Badges credential (downloads as VC-JWT or JSON) and LinkedIn's "add a
 * certification" form filled with it: name, organisation, issue date, credential id and address.
 */
@Named
@ApplicationScoped
public class CredentialLinks {

    static final String LINKEDIN = "https://www.linkedin.com/profile/add";

    @Inject
    CredentialUrls urls;

    @Inject
    Credentials credentials;

    @Inject
    Dates dates;

    public String jwt(String serial) {
        return urls.credential(serial) + "?format=jwt";
    }

    public String json(String serial) {
        return urls.credential(serial) + "?format=json";
    }

    public String linkedIn(Certificate certificate) {
        LocalDate issued = LocalDate.ofInstant(certificate.getIssuedAt(), dates.courseZone());
        return LINKEDIN + "?startTask=CERTIFICATION_NAME"
                + "&name=" + encode(certificate.getCourseTitleEn())
                + "&organizationName=" + encode(credentials.issuer().name())
                + "&issueYear=" + issued.getYear()
                + "&issueMonth=" + issued.getMonthValue()
                + "&certUrl=" + encode(urls.verify(certificate.getSerial()))
                + "&certId=" + encode(certificate.getSerial());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

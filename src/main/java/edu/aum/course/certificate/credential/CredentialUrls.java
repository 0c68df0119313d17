package edu.aum.course.certificate.credential;

import edu.aum.course.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stable public addresses of the credentials (README, "Public URLs"), under PUBLIC_BASE_URL. */
@ApplicationScoped
public class CredentialUrls {

    public static final String JWKS_PATH = "/.well-known/jwks.json";
    public static final String ISSUER_PATH = "/api/v1/credentials/issuer";
    public static final String STATUS_PATH = "/api/v1/credentials/status/";

    @Inject
    Settings settings;

    public String base() {
        return settings.publicBaseUrl();
    }

    public String issuer() {
        return base() + ISSUER_PATH;
    }

    public URI jwks() {
        return URI.create(base() + JWKS_PATH);
    }

    public String statusList(int list) {
        return base() + STATUS_PATH + list;
    }

    public String credential(String serial) {
        return base() + "/api/v1/certificates/" + serial + "/credential"; // as CertificateWorks.credentialUrl
    }

    public String verify(String serial) {
        return base() + "/verify/" + serial;
    }

    /** The list number of one of our status list addresses; empty for any other address. */
    public Optional<Integer> ourStatusList(String url) {
        Matcher m = Pattern.compile(Pattern.quote(base() + STATUS_PATH) + "([1-9][0-9]{0,8})")
                .matcher(url);
        return m.matches() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /** The serial of one of our credential ids; empty for any other id. */
    public Optional<String> ourSerial(String credentialId) {
        Matcher m = Pattern.compile(Pattern.quote(base() + "/api/v1/certificates/") + "([A-Z0-9-]{1,20})/credential")
                .matcher(credentialId);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}

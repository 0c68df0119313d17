package edu.aum.course.certificate.credential;

import com.nimbusds.jose.jwk.JWKSet;
import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.api.CertificateStatus;
import edu.aum.course.certificate.control.CertificateService;
import edu.aum.course.certificate.control.CertificateWorks;
import edu.aum.course.certificate.control.SigningKey;
import edu.aum.course.certificate.control.SigningKeys;
import edu.aum.course.certificate.credential.CredentialCheck.Checked;
import edu.aum.course.certificate.credential.Verification.ListStatus;
import edu.aum.course.certificate.entity.SigningCertificate;
import edu.aum.course.enrollment.api.Offering;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Open Badges 3.0 side of certificates: each certificate's OpenBadgeCredential (made from what the
 * certificate says, signed as a VC-JWT with today's signing key), the JWKS of every key the product has signed
 * with, the Bitstring Status Lists (a revoked or superseded certificate's bit is 1), and verification of a
 * VC-JWT against those keys and lists.
 */
@Stateless
public class Credentials {

    /** The media type of a VC-JWT (VC-JOSE-COSE), also its JOSE "typ". */
    public static final String VC_JWT = "application/vc+jwt";

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateWorks works;

    @Inject
    SigningKeys signingKeys;

    @Inject
    CredentialUrls urls;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "credential.issuer.name", defaultValue = "American University in Moscow")
    String issuerName;

    public OpenBadge.Issuer issuer() {
        return new OpenBadge.Issuer(urls.issuer(), issuerName, urls.base() + "/");
    }

    public String jwksUrl() {
        return urls.jwks().toString();
    }

    /** The credential of a certificate (any status: the status list says whether it still stands). */
    public Optional<JsonObject> credential(String serial) {
        return certificates.findBySerial(serial).map(this::credential);
    }

    public JsonObject credential(Certificate certificate) {
        Offering offering = certificate.getEnrollment().getOffering();
        StatusIndex index = StatusIndex.of(certificate.getId());
        String description = offering.getCourse().getDescriptionEn();
        return OpenBadge.credential(new OpenBadge.Facts(
                urls.credential(certificate.getSerial()),
                certificate.getSerial(),
                certificate.getHolderName(),
                "urn:aum-course:offering:" + offering.getId(),
                certificate.getCourseTitleEn(),
                description == null || description.isBlank() ? certificate.getCourseTitleEn() : description.strip(),
                criteria(offering),
                certificate.getIssuedAt(),
                urls.verify(certificate.getSerial()),
                issuer(),
                urls.statusList(index.list()),
                index));
    }

    /** The certificate's credential as a VC-JWT signed with today's key. */
    public Optional<String> jwt(String serial) {
        return credential(serial).map(credential -> sign(OpenBadge.jwtPayload(credential), "vc+jwt"));
    }

    /** What was required, in English, from the offering's rule. */
    static String criteria(Offering offering) {
        int essays = offering.getEssaysRequired();
        String rule = essays + (essays == 1 ? " essay" : " essays")
                + " of the course's schedule written and passed, each marked by an instructor against the course rubric";
        Optional<BigDecimal> average = offering.getMinAverageScore();
        return rule
                + average.map(a -> ", with an average score of at least "
                                + a.stripTrailingZeros().toPlainString() + " rubric points per essay")
                        .orElse("")
                + ".";
    }

    /** A compact JWS of this payload with today's signing key (the same key signs the PDFs). */
    public String sign(JsonObject payload, String type) {
        SigningKey key = works.signingKey(); // also records the key among the used ones, so the JWKS has it
        return JoseKeys.sign(payload, type, key.privateKey(), key.certificate(), urls.jwks());
    }

    /** Every key the product has signed with, oldest first, none ever dropped (public parts only). */
    public JWKSet jwks() {
        works.signingKey(); // today's key is recorded before anyone asks for it
        return JoseKeys.jwks(signingKeys.all().stream().map(Credentials::x509).toList());
    }

    /** The bitstring of one list: bit i is 1 when the certificate at index i is revoked or superseded. */
    public Bitstring bits(int list) {
        long first = StatusIndex.firstId(list);
        List<Long> withdrawn = em.createQuery(
                        "SELECT c.id FROM Certificate c WHERE c.id BETWEEN :first AND :last AND c.status <> :valid",
                        Long.class)
                .setParameter("first", first)
                .setParameter("last", first + Bitstring.SIZE - 1)
                .setParameter("valid", CertificateStatus.VALID)
                .getResultList();
        Bitstring bits = new Bitstring();
        withdrawn.forEach(id -> bits.set(StatusIndex.of(id).index()));
        return bits;
    }

    /** Whether a status list of this number can hold any certificate issued so far. */
    public boolean listExists(int list) {
        Long highest = em.createQuery("SELECT MAX(c.id) FROM Certificate c", Long.class)
                .getSingleResult();
        return list >= 1
                && list
                        <= StatusIndex.of(Math.max(1, highest == null ? 1 : highest))
                                .list();
    }

    public JsonObject statusListCredential(int list) {
        return OpenBadge.statusListCredential(urls.statusList(list), issuer(), clock.instant(), bits(list));
    }

    public String statusListJwt(int list) {
        return sign(OpenBadge.jwtPayload(statusListCredential(list)), "vc+jwt");
    }

    /**
     * Checks a VC-JWT: the signature against the JWKS, its validity now, and, when it names a status list of
     * ours, that list's bit; refusals are a CredentialRejected with the reason.
     */
    public Verification verify(String token) {
        JWKSet keys = jwks();
        Checked checked = new CredentialCheck(keys).check(token, clock.instant());
        boolean current = JoseKeys.kid(works.signingKey().certificate()).equals(checked.kid());
        JsonObject payload = checked.payload();
        Optional<CertificateStatus> status = string(payload, "id")
                .flatMap(urls::ourSerial)
                .flatMap(certificates::findBySerial)
                .map(Certificate::getStatus);
        return new Verification(payload, checked.kid(), current, listStatus(payload), status);
    }

    private ListStatus listStatus(JsonObject payload) {
        JsonValue entry = payload.get("credentialStatus");
        if (!(entry instanceof JsonObject status)) {
            return ListStatus.NO_STATUS;
        }
        Optional<Integer> list = string(status, "statusListCredential").flatMap(urls::ourStatusList);
        Optional<Integer> index = string(status, "statusListIndex").flatMap(Credentials::index);
        if (list.isEmpty() || index.isEmpty()) {
            return ListStatus.NO_STATUS;
        }
        return bits(list.get()).get(index.get()) ? ListStatus.REVOKED : ListStatus.ACTIVE;
    }

    private static Optional<Integer> index(String text) {
        try {
            int index = Integer.parseInt(text);
            return index >= 0 && index < Bitstring.SIZE ? Optional.of(index) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> string(JsonObject object, String field) {
        return object.get(field) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static X509Certificate x509(SigningCertificate recorded) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(recorded.getCertificate()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a recorded signing certificate does not parse", e);
        }
    }
}

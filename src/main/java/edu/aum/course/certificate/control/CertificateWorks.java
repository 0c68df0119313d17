package edu.aum.course.certificate.control;

import edu.aum.course.platform.cluster.SharedVersions;
import edu.aum.course.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * The application's one certificate engine: the template library (CERTIFICATE_TEMPLATES_DIR, the WAR's
 * copies as a fallback) and the signer with the configured key (or demo mode's key under ./data), each
 * made on first use and shared by every thread.
 */
@ApplicationScoped
public class CertificateWorks {

    static final Path DATA = Path.of("data");

    @Inject
    Settings settings;

    @Inject
    SigningKeys signingKeys;

    @Inject
    SharedVersions versions;

    static final String TEMPLATE = "certificate-template:";

    private volatile CertificateEngine engine;
    private volatile CertificateSigner signer;

    public CertificateEngine engine() {
        CertificateEngine made = engine;
        if (made == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = new CertificateEngine(
                            new TemplateLibrary(
                                    settings.certificateTemplatesDir(),
                                    CertificateWorks.class.getClassLoader(),
                                    sharedTemplateVersions()),
                            this::signer);
                }
                made = engine;
            }
        }
        return made;
    }

    /** Template versions in the database (SharedVersions), so a template loaded afresh on one instance is re-read on all. */
    private TemplateLibrary.Versions sharedTemplateVersions() {
        return new TemplateLibrary.Versions() {
            @Override
            public long current(String name) {
                return versions.current(TEMPLATE + name);
            }

            @Override
            public long raise(String name) {
                return versions.raise(TEMPLATE + name);
            }
        };
    }

    /**
     * The signer with the configured key, made when first needed (checking templates and texts needs
     * none); its certificate is recorded then among those the product has used (SigningKeys.inUse).
     */
    CertificateSigner signer() {
        CertificateSigner made = signer;
        if (made == null) {
            synchronized (this) {
                if (signer == null) {
                    SigningKey key = SigningKey.choose(
                            settings.signingKeystore(), settings.signingKeystorePassword(), settings.demoData(), DATA);
                    signingKeys.inUse(key.certificate());
                    signer = new CertificateSigner(key);
                }
                made = signer;
            }
        }
        return made;
    }

    /** The certificate our PDFs are signed with today (recorded among the used ones). */
    public X509Certificate signerCertificate() {
        return signer().certificate();
    }

    /**
     * Today's signing key (recorded among the used ones), which also signs the Open Badges credentials and
     * attestations (certificate.credential).
     */
    public SigningKey signingKey() {
        return signer().key();
    }

    /** The public address of the certificate's Open Badges credential (certificate.credential). */
    public String credentialUrl(String serial) {
        return settings.publicBaseUrl() + "/api/v1/certificates/" + serial + "/credential";
    }

    /** The address printed on a certificate and in its QR code. */
    public String verificationUrl(String serial) {
        return settings.publicBaseUrl() + "/verify/" + serial;
    }
}

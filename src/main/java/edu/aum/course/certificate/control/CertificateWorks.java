package edu.aum.course.certificate.control;

import edu.aum.course.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * The application's one certificate engine: the template library (CERTIFICATE_TEMPLATES_DIR, the WAR's
 * copies as a fallback) and the signer with the configured key (or demo mode's key under ./data), made
 * on first use and shared by every thread.
 */
@ApplicationScoped
public class CertificateWorks {

    static final Path DATA = Path.of("data");

    @Inject
    Settings settings;

    private volatile CertificateEngine engine;
    private volatile CertificateSigner signer;

    public CertificateEngine engine() {
        CertificateEngine made = engine;
        if (made == null) {
            synchronized (this) {
                if (engine == null) {
                    signer = new CertificateSigner(SigningKey.choose(
                            settings.signingKeystore(), settings.signingKeystorePassword(), settings.demoData(), DATA));
                    engine = new CertificateEngine(
                            new TemplateLibrary(
                                    settings.certificateTemplatesDir(), CertificateWorks.class.getClassLoader()),
                            signer);
                }
                made = engine;
            }
        }
        return made;
    }

    /** The certificate our PDFs are signed with; an uploaded PDF must carry it. */
    public X509Certificate signerCertificate() {
        engine();
        return signer.certificate();
    }

    /** The address printed on a certificate and in its QR code. */
    public String verificationUrl(String serial) {
        return settings.publicBaseUrl() + "/verify/" + serial;
    }
}

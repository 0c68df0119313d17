package edu.aum.course.certificate.control;

import java.util.List;
import java.util.function.Supplier;

/**
 * The one entry point issuance needs: choose (validate) a template, check a certificate's texts, and
 * make the signed PDF. Build one per application with the template library and the signer.
 */
public final class CertificateEngine {

    private final TemplateLibrary templates;
    private final Supplier<CertificateSigner> signer;

    /** signer: asked only when a certificate is signed (validating and checking need no key). */
    public CertificateEngine(TemplateLibrary templates, Supplier<CertificateSigner> signer) {
        this.templates = templates;
        this.signer = signer;
    }

    /** For the admin choosing a template: every problem of it (empty: usable). */
    public List<CertificateProblem> validate(String templateName) {
        return templates.load(templateName).problems();
    }

    /** Before issuing: the characters the template's fonts cannot draw (empty: can be issued). */
    public List<CertificateProblem> check(String templateName, CertificateData data) {
        return GlyphCheck.check(templates.get(templateName), data);
    }

    /** The signed certificate PDF; CertificateRefused when the template or the texts have problems. */
    public byte[] issue(String templateName, CertificateData data) {
        return CertificateRenderer.renderSigned(templates.get(templateName), data, signer.get());
    }

    /** An unsigned rendering for the admin to look at; nothing is issued. CertificateRefused as issue. */
    public byte[] preview(String templateName, CertificateData data) {
        return CertificateRenderer.render(templates.get(templateName), data);
    }

    /** The templates an admin can choose from. */
    public List<String> templateNames() {
        return templates.names();
    }

    public SignatureCheck verify(byte[] pdf) {
        return SignatureVerifier.verify(pdf);
    }
}

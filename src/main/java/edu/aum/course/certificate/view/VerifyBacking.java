package edu.aum.course.certificate.view;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.control.CertificateService;
import edu.aum.course.certificate.control.CertificateService.UploadCheck;
import edu.aum.course.certificate.control.Serials;
import edu.aum.course.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;

/**
 * The public verification page (/verify/{serial}, or /verify.xhtml to type a serial): what the certificate
 * says and its status, and the check of an uploaded PDF against the one issued. A stateless view (a visitor gets no
 * session): the upload form posts the serial back with the file, and the certificate is found again from it.
 */
@Named
@RequestScoped
public class VerifyBacking {

    /** The request parameter of the page's address and of the upload form's hidden field. */
    static final String SERIAL = "serial";

    static final long MAX_UPLOAD = 10L * 1024 * 1024;

    @Inject
    CertificateService certificates;

    private String serial;
    private String typed;
    private Certificate certificate;
    private UploadedFile file;
    private UploadCheck check;
    private boolean unknown;
    private boolean looked;

    /**
     * f:viewAction: an unknown or malformed serial answers 404 with the page itself, which then says so in the
     * visitor's language and offers the lookup form with what was asked for, to be corrected.
     */
    public void load() {
        looked = true;
        if (serial == null || serial.isBlank()) {
            return;
        }
        Optional<Certificate> found = certificates.findBySerial(serial);
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            unknown = true;
            typed = serial.strip();
            return;
        }
        certificate = found.get();
        serial = certificate.getSerial();
    }

    /** The lookup form: to /verify/{serial}, or a message when it cannot be a serial. */
    public String lookUp() throws IOException {
        Optional<String> parsed = Serials.parse(typed);
        if (parsed.isEmpty()) {
            Messages.error("lookup:serial", "verify.malformed");
            return null;
        }
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/verify/"
                        + parsed.get());
        return null;
    }

    public void upload() throws IOException {
        check = null;
        if (file == null || file.getSize() == 0) {
            Messages.error("upload:file", "verify.upload.empty");
            return;
        }
        if (file.getSize() > MAX_UPLOAD) {
            Messages.error("upload:file", "verify.upload.tooLarge");
            return;
        }
        check = certificates.check(serial, file.getContent());
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    /**
     * The certificate shown. On a postback (the upload form) the view action does not run and nothing was kept: the
     * certificate is found again from the serial the form sent, before the form is decoded (its rendered test).
     */
    public Certificate getCertificate() {
        if (!looked) {
            looked = true;
            String sent = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get(SERIAL);
            if (sent != null && !sent.isBlank()) {
                certificates.findBySerial(sent).ifPresent(found -> {
                    certificate = found;
                    serial = found.getSerial();
                });
            }
        }
        return certificate;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** Whether the serial asked for (in the address) is no certificate's. */
    public boolean isUnknown() {
        return unknown;
    }

    public UploadCheck getCheck() {
        return check;
    }
}

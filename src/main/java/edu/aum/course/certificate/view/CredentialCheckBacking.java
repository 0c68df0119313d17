package edu.aum.course.certificate.view;

import edu.aum.course.certificate.credential.CredentialCheck;
import edu.aum.course.certificate.credential.CredentialRejected;
import edu.aum.course.certificate.credential.Credentials;
import edu.aum.course.certificate.credential.Verification;
import edu.aum.course.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The form on /verify.xhtml that checks a pasted Open Badges credential (VC-JWT); what was pasted stays. */
@Named
@RequestScoped
public class CredentialCheckBacking {

    public static final int MAX_LENGTH = CredentialCheck.MAX_LENGTH;

    @Inject
    Credentials credentials;

    private String pasted;
    private Verification verification;

    public void check() {
        verification = null;
        if (pasted == null || pasted.isBlank()) {
            Messages.error("credential:pasted", "verify.credential.empty");
            return;
        }
        try {
            verification = credentials.verify(pasted);
        } catch (CredentialRejected e) {
            Messages.error(
                    "credential:pasted",
                    "verify.credential.rejected." + e.reason().name());
        }
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public Verification getVerification() {
        return verification;
    }

    public int getMaxLength() {
        return MAX_LENGTH;
    }
}

package edu.aum.course.account.view;

import edu.aum.course.account.control.RegistrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sends the confirmation link again; the answer is the same whether or not the e-mail has an account. */
@Named
@RequestScoped
public class ResendConfirmationBacking {

    @Inject
    RegistrationService registration;

    private String email;
    private boolean sent;

    public void resend() {
        registration.resendConfirmation(email);
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

package edu.aum.course.account.view;

import edu.aum.course.account.control.RegistrationService;
import edu.aum.course.platform.http.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sends the confirmation link again; the answer is the same whether or not the e-mail has an account. */
@Named
@RequestScoped
public class ResendConfirmationBacking extends MailedLinkForm {

    @Inject
    RegistrationService registration;

    @Inject
    ClientAddress clientAddress;

    public void resend() {
        send(email -> registration.resendConfirmation(email, clientAddress.current()));
    }
}

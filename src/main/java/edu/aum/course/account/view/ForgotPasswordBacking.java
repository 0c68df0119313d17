package edu.aum.course.account.view;

import edu.aum.course.account.control.PasswordResetService;
import edu.aum.course.platform.http.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Asks for a reset link; the answer is the same whether or not the e-mail has an account. */
@Named
@RequestScoped
public class ForgotPasswordBacking extends MailedLinkForm {

    @Inject
    PasswordResetService passwords;

    @Inject
    ClientAddress clientAddress;

    public void request() {
        send(email -> passwords.requestReset(email, clientAddress.current()));
    }
}

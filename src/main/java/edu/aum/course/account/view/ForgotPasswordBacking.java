package edu.aum.course.account.view;

import edu.aum.course.account.control.PasswordResetService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Asks for a reset link; the answer is the same whether or not the e-mail has an account. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    PasswordResetService passwords;

    private String email;
    private boolean sent;

    public void request() {
        passwords.requestReset(email);
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

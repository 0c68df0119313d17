package edu.aum.course.account.view;

import java.util.function.Consumer;

/**
 * A page that mails a link to the e-mail typed into it; the answer is the same whether or not the
 * e-mail has an account, so the page cannot tell anyone which addresses are registered.
 */
public abstract class MailedLinkForm {

    private String email;
    private boolean sent;

    /** Hands the typed e-mail to the service that mails the link, then says so. */
    protected void send(Consumer<String> mailer) {
        mailer.accept(email);
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

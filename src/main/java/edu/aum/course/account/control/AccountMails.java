package edu.aum.course.account.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.entity.TokenPurpose;
import edu.aum.course.notification.api.Outbox;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.i18n.LanguageSwitch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The account mails with their links (templates account.* in the mail bundles). Called inside the
 * services' transactions: token and mail are written together or not at all.
 */
@ApplicationScoped
public class AccountMails {

    static final String CONFIRM = "account.confirm";
    static final String INVITE = "account.invite";
    static final String RESET = "account.reset";
    static final String CHANGE_EMAIL = "account.changeEmail";
    static final String CHANGE_EMAIL_NOTICE = "account.changeEmailNotice";
    static final String REGISTER_ATTEMPT = "account.registerAttempt";

    @Inject
    Outbox outbox;

    @Inject
    TokenService tokens;

    @Inject
    Settings settings;

    public void confirmation(Account account) {
        send(
                account,
                account.getEmail(),
                CONFIRM,
                link(account, "/confirm-email.xhtml", tokens.issue(account, TokenPurpose.CONFIRM_EMAIL)));
    }

    public void invitation(Account account) {
        send(
                account,
                account.getEmail(),
                INVITE,
                link(account, "/reset-password.xhtml", tokens.issue(account, TokenPurpose.SET_PASSWORD)),
                account.getEmail());
    }

    public void passwordReset(Account account) {
        send(
                account,
                account.getEmail(),
                RESET,
                link(account, "/reset-password.xhtml", tokens.issue(account, TokenPurpose.RESET_PASSWORD)));
    }

    /** Someone registered with an address that has an account: its owner learns it, with the ways back in. */
    public void registrationAttempt(Account account) {
        send(
                account,
                account.getEmail(),
                REGISTER_ATTEMPT,
                settings.publicBaseUrl() + "/login.xhtml",
                settings.publicBaseUrl() + "/forgot-password.xhtml");
    }

    /** The link goes to the new address; the old one is told, in case it was not its owner's doing. */
    public void emailChange(Account account, String newEmail) {
        send(
                account,
                newEmail,
                CHANGE_EMAIL,
                link(account, "/confirm-email.xhtml", tokens.issueEmailChange(account, newEmail)),
                newEmail);
        send(
                account,
                account.getEmail(),
                CHANGE_EMAIL_NOTICE,
                newEmail,
                settings.publicBaseUrl() + "/forgot-password.xhtml");
    }

    private void send(Account account, String to, String template, Object... arguments) {
        outbox.queue(to, account.getFullName(), account.getPreferredLanguage(), template, arguments);
    }

    /** A link that opens its page in the language of the mail it comes in (the account's). */
    private String link(Account account, String page, String token) {
        return settings.publicBaseUrl() + page + "?token=" + token + "&" + LanguageSwitch.LINK_PARAMETER + "="
                + account.getPreferredLanguage().code();
    }
}

package edu.aum.course.notification.control;

import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.i18n.MessagePatterns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the e-mails, one bundle per language (edu/aum/course/i18n/mail*.properties): for a
 * template T the keys T.subject and T.body, ICU MessageFormat patterns (MessagePatterns) over the template's arguments.
 * Every mail gets the greeting and the signature of its language around its body.
 */
@ApplicationScoped
public class MailTemplates {

    static final String BUNDLE = "edu.aum.course.i18n.mail";

    /** A rendered mail. */
    public record Rendered(String subject, String body) {}

    public Rendered render(String template, Language language, String recipientName, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String subject = format(bundle, template + ".subject", language, arguments);
        String greeting = recipientName == null || recipientName.isBlank()
                ? bundle.getString("mail.greeting.anonymous")
                : format(bundle, "mail.greeting", language, recipientName);
        String body = greeting + "\n\n"
                + format(bundle, template + ".body", language, arguments).strip() + "\n\n"
                + bundle.getString("mail.signature");
        return new Rendered(subject, body);
    }

    private static String format(ResourceBundle bundle, String key, Language language, Object... arguments) {
        try {
            return MessagePatterns.format(bundle.getString(key), language.locale(), arguments);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No mail text " + key + " in " + language, e);
        }
    }
}

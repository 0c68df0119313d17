package edu.aum.course.testsupport;

import edu.aum.course.platform.i18n.MessagePatterns;
import java.util.Locale;
import java.util.ResourceBundle;

/** The application's texts, formatted as the application formats them, so that tests state what a page says in each language. */
public final class Bundle {

    private Bundle() {}

    public static String text(String language, String key, Object... arguments) {
        return from("edu.aum.course.i18n.messages", language, key, arguments);
    }

    /** A text of the e-mails' bundle. */
    public static String mail(String language, String key, Object... arguments) {
        return from("edu.aum.course.i18n.mail", language, key, arguments);
    }

    private static String from(String name, String language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                name,
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return arguments.length == 0 && name.endsWith("messages")
                ? pattern
                : MessagePatterns.format(pattern, Locale.forLanguageTag(language), arguments);
    }
}

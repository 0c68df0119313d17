package edu.aum.course.platform.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the bundle, in the language of the current view, formatted by MessagePatterns. */
public final class Messages {

    public static final String BUNDLE = "edu.aum.course.i18n.messages";

    private Messages() {}

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return text(context.getViewRoot().getLocale(), key, arguments);
    }

    /** A text in a given language, also outside a Faces request (a servlet's answer). */
    public static String text(java.util.Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : MessagePatterns.format(pattern, locale, arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}

package edu.aum.course.platform.faces;

import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.context.FacesContext;

/** Navigation after a successful action: the message survives the redirect. */
public final class Pages {

    private Pages() {}

    public static String redirect(String outcome, String messageKey, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(null, messageKey, arguments);
        return outcome + (outcome.contains("?") ? "&" : "?") + "faces-redirect=true";
    }
}

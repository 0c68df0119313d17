package edu.aum.course.grading.view;

import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.context.FacesContext;

/** Navigation after a successful action: the message survives the redirect. */
final class Pages {

    private Pages() {
    }

    static String redirect(String outcome, String messageKey, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(null, messageKey, arguments);
        return outcome + (outcome.contains("?") ? "&" : "?") + "faces-redirect=true";
    }
}

package edu.aum.course.platform.audit;

import edu.aum.course.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/**
 * The log's codes in the page's language: the kind of thing ("Submission": "Essay"), the action, and a state by
 * the enum label of its kind ("SubmissionStatus.RELEASED"). A code the bundle does not know is shown as stored,
 * so an entry of a newer kind is never hidden.
 */
@Named
@ApplicationScoped
public class AuditLabels {

    public String subject(String type) {
        return label("audit.subject." + type, type);
    }

    public String action(String action) {
        return label("audit.action." + action, action);
    }

    public String state(String type, String state) {
        return state == null ? "–" : label(type + "Status." + state, state);
    }

    private static String label(String key, String otherwise) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                Messages.BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
    }
}

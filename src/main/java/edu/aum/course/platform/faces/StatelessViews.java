package edu.aum.course.platform.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * The public pages keep no view state, so an anonymous visitor gets no session (with replication every session
 * would travel the grid). A view is made transient when it is created, not by its template's f:view once built:
 * PrimeFaces' CSP nonce is asked for before the view is built, and on a view that is not transient by then it is
 * kept in the view map, whose creation makes a session.
 */
public class StatelessViews extends ViewHandlerWrapper {

    private static final Set<String> PUBLIC = Set.of(
            "/index.xhtml",
            "/catalogue.xhtml",
            "/login.xhtml",
            "/register.xhtml",
            "/forgot-password.xhtml",
            "/resend-confirmation.xhtml",
            "/confirm-email.xhtml",
            "/verify.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && stateless(view.getViewId())) {
            view.setTransient(true);
        }
        return view;
    }

    /**
     * The public pages and the error pages. The template's f:view says the same (StatelessView): a stateless
     * postback builds its view again without this handler, and that view must come out transient too.
     */
    public static boolean stateless(String viewId) {
        return viewId != null && (PUBLIC.contains(viewId) || viewId.startsWith("/error/"));
    }
}

package edu.aum.course.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The template's f:view asks whether its view keeps no state: the rule of StatelessViews. */
@Named
@ApplicationScoped
public class StatelessView {

    public boolean of(String viewId) {
        return StatelessViews.stateless(viewId);
    }
}

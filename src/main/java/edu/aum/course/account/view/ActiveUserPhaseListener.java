package edu.aum.course.account.view;

import edu.aum.course.account.api.ActiveUser;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/** Brings ActiveUser up to date before a JSF request does anything, so a page renders in one language. */
public class ActiveUserPhaseListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        CDI.current().select(ActiveUser.class).get().refresh();
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // all work happens before the view is restored
    }
}

package edu.aum.course.platform.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page asked for with a parameter it cannot read (an id that is not a number, {@code ?review=abc}) answers
 * 404 like an unknown id, instead of rendering the page without its view action. Only the first request of a
 * view: a form posted back keeps its own messages.
 */
public class UnreadableParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the parameters are converted in this phase
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
            NotFound.answer();
        }
    }
}

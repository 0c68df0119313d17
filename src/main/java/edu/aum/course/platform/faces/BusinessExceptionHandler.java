package edu.aum.course.platform.faces;

import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import edu.aum.course.platform.http.DatabaseOutage;
import edu.aum.course.platform.i18n.Messages;
import edu.aum.course.platform.persistence.DatabaseFaults;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Turns an expected refusal (BusinessException) into an error message on the same page, which is
 * then rendered again with what the person typed. A lost update that only the database noticed
 * (OptimisticLockException) reads as the message of a concurrent edit. Anything else goes on to
 * the error pages. A row locked too long reads as "busy, try again" on the same page, the input kept; an ajax
 * request while the database is away or read-only as "try again in a minute" (a full page: DatabaseOutage).
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            Optional<BusinessException> refusal = find(thrown, BusinessException.class);
            if (refusal.isPresent()) {
                Messages.error(null, refusal.get().key(), refusal.get().arguments());
                faces.validationFailed(); // ajax callbacks (args.validationFailed) treat it like a validation error
                events.remove();
            } else if (DatabaseFaults.lockTimeout(thrown)) {
                Messages.error(null, "error.busy"); // what was posted is rendered again
                faces.validationFailed();
                events.remove();
            } else if (DatabaseFaults.unavailable(thrown)
                    && faces.getPartialViewContext().isAjaxRequest()) {
                Messages.error(null, "error.unavailable.text"); // a full page request gets DatabaseOutage's 503 page
                faces.validationFailed();
                events.remove();
            } else if (find(thrown, OptimisticLockException.class).isPresent()) {
                Messages.error(null, ConcurrentEdit.MESSAGE);
                faces.validationFailed();
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /** A full page: the 503 "try again in a minute" page instead of a redirect to the 500 page. */
    private static void unavailable(FacesContext faces) {
        try {
            DatabaseOutage.answer(
                    (HttpServletRequest) faces.getExternalContext().getRequest(),
                    (HttpServletResponse) faces.getExternalContext().getResponse());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}

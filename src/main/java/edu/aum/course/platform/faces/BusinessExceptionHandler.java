package edu.aum.course.platform.faces;

import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.util.Iterator;
import java.util.Optional;

/**
 * An expected refusal (BusinessException) or a lost race on a @Version (OptimisticLockException)
 * becomes a message on the same page; everything else goes on to the error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    static final String CHANGED_MEANWHILE = "common.changedMeanwhile";

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            Optional<BusinessException> refusal = cause(thrown, BusinessException.class);
            if (refusal.isPresent()) {
                Messages.error(null, refusal.get().key(), refusal.get().arguments());
                events.remove();
            } else if (cause(thrown, OptimisticLockException.class).isPresent()) {
                Messages.error(null, CHANGED_MEANWHILE);
                events.remove();
            }
        }
        getWrapped().handle();
    }

    static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}

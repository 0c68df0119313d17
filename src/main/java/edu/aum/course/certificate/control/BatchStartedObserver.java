package edu.aum.course.certificate.control;

import edu.aum.course.certificate.control.IssuanceService.BatchStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** A batch starts right after the commit that created (or resumed) it, not at the runner's next tick. */
@ApplicationScoped
public class BatchStartedObserver {

    @Inject
    BatchRunner runner;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) BatchStarted started) {
        runner.start(started.batchId());
    }
}

package edu.aum.course.grading.control;

import edu.aum.course.essay.api.EssaySubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * A submitted essay is compared with the others of its assignment after the submission has committed, on
 * another thread, so submitting does not get slower as the class grows (the essay entered the marking queue
 * inside the submission's transaction already: Intake.onSubmitted).
 */
@ApplicationScoped
public class SimilarityObserver {

    @Inject
    Intake intake;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EssaySubmitted submitted) {
        intake.compareLater(submitted);
    }
}

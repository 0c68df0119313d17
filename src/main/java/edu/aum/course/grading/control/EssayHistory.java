package edu.aum.course.grading.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.grading.api.GradingAudit;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.entity.AssignmentGrading;
import edu.aum.course.platform.audit.AuditEntry;
import edu.aum.course.platform.audit.AuditFilter;
import edu.aum.course.platform.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An essay's history for its marking page: the audited changes of its submission and of its reviews (every
 * version's), oldest first, with who acted. Under blind marking the student is not named while the page hides
 * who wrote the essay.
 */
@Stateless
public class EssayHistory {

    @Inject
    QueueService queue;

    @Inject
    RubricService rubrics;

    @Inject
    AuditTrail trail;

    @Inject
    AccountService accounts;

    /** One change; {@code who} is null when the system acted, or the student acted and is not to be named. */
    public record Event(AuditEntry entry, String who, boolean byStudent) implements Serializable {

        public AuditEntry getEntry() {
            return entry;
        }

        public String getWho() {
            return who;
        }

        public boolean isByStudent() {
            return byStudent;
        }

        public boolean isBySystem() {
            return entry.getActorId() == null;
        }
    }

    /** Refused as not found, as the marking page is, for a review outside the actor's offerings. */
    public List<Event> of(long actorId, long reviewId) {
        Review review = queue.get(actorId, reviewId);
        Submission submission = review.getSubmission();
        AssignmentGrading grading = rubrics.settings(submission.getAssignment().getId());
        boolean hidden = grading.hidesWhoWrote(submission.getStatus());
        long studentId = submission.getEnrollment().getStudent().getId();
        Map<Long, Optional<Account>> known = new HashMap<>();
        return trail.history(AuditFilter.NONE.within(GradingAudit.ofEssay(submission.getId()))).stream()
                .map(entry -> {
                    Long by = entry.getActorId();
                    boolean byStudent = by != null && by == studentId;
                    String who = by == null || (byStudent && hidden)
                            ? null
                            : known.computeIfAbsent(by, accounts::find)
                                    .map(Account::getFullName)
                                    .orElse(null);
                    return new Event(entry, who, byStudent);
                })
                .toList();
    }
}

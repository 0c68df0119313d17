package edu.aum.course.grading.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.essay.api.EssayHtml;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.EssayHistory;
import edu.aum.course.grading.control.Marking;
import edu.aum.course.grading.control.MarkingService;
import edu.aum.course.grading.control.QueueService;
import edu.aum.course.grading.control.ReleaseService;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * /staff/mark.xhtml?review=ID: the essay beside the rubric; save, ready for release, ask for a revision,
 * release. The form keeps the version it was loaded with, so a stale save is refused.
 */
@Named
@ViewScoped
public class MarkBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MarkingService marking;

    @Inject
    transient QueueService queue;

    @Inject
    transient ReleaseService releases;

    @Inject
    transient EssayHistory essayHistory;

    @Inject
    ActiveUser activeUser;

    private Long reviewId;
    private Marking view;
    private long loadedVersion;
    private Map<Long, Long> levels = new HashMap<>();
    private String feedback = "";
    private String note;
    private Enrollment revealed;
    private java.util.List<EssayHistory.Event> changes = java.util.List.of();

    /** f:viewAction: an unknown review and another team's answer 404 alike. */
    public void load() {
        view = reviewId == null
                ? null
                : marking.find(activeUser.getId(), reviewId).orElse(null);
        if (!NotFound.unless(view != null)) {
            return;
        }
        loadedVersion = view.review().getVersion();
        changes = essayHistory.of(activeUser.getId(), reviewId);
        levels = new HashMap<>(view.review().getLevels());
        feedback = view.review().getFeedbackHtml();
    }

    private void refresh() {
        view = marking.open(activeUser.getId(), reviewId);
        loadedVersion = view.review().getVersion();
        changes = essayHistory.of(activeUser.getId(), reviewId);
    }

    /** The essay's audited changes, oldest first (EssayHistory). */
    public java.util.List<EssayHistory.Event> getChanges() {
        return changes;
    }

    public void claim() {
        queue.claim(activeUser.getId(), reviewId);
        refresh();
        Messages.info(null, "grading.claimed", view.review().getCode());
    }

    public void unclaim() {
        queue.unclaim(activeUser.getId(), reviewId, loadedVersion);
        refresh();
        Messages.info(null, "grading.unclaimed", view.review().getCode());
    }

    public void save() {
        marking.save(activeUser.getId(), reviewId, loadedVersion, levels, feedback);
        refresh();
        Messages.info(null, "grading.saved");
    }

    public void ready() {
        Review review = marking.readyForRelease(activeUser.getId(), reviewId, loadedVersion, levels, feedback);
        refresh();
        Messages.info(
                null,
                "grading.ready",
                review.getScore().stripTrailingZeros().toPlainString(),
                Messages.text(
                        review.getResult() == edu.aum.course.essay.api.SubmissionResult.PASS
                                ? "SubmissionResult.PASS"
                                : "SubmissionResult.FAIL"));
    }

    public void requestRevision() {
        marking.requestRevision(activeUser.getId(), reviewId, loadedVersion, levels, feedback, note);
        refresh();
        note = null;
        Messages.info(null, "grading.revisionRequested");
        // the outcome goes to the page behind the dialog, which closes; a refusal stays in the dialog alone
        PrimeFaces.current().ajax().update("mark");
    }

    public void release() {
        releases.release(activeUser.getId(), reviewId);
        refresh();
        Messages.info(null, "grading.released");
    }

    public void reveal() {
        revealed = marking.reveal(activeUser.getId(), reviewId);
    }

    /** The sum of the levels chosen so far (the score it would get), by the rubric. */
    public BigDecimal getTotal() {
        return view == null || view.rubric() == null
                ? BigDecimal.ZERO
                : view.rubric().total(levels);
    }

    public boolean isFound() {
        return view != null;
    }

    /** Whether this person may change the marking now: claimed by them (or an admin), still in marking. */
    public boolean isEditable() {
        return view.review().isEditableBy(activeUser.getId(), isAdmin());
    }

    /** Whether this person may add, edit and delete inline comments now (until release; Review.isCommentableBy). */
    public boolean isCommentable() {
        return view.review().isCommentableBy(activeUser.getId(), isAdmin());
    }

    /** A bank comment as a new paragraph of the feedback on screen (saved with the marking). */
    public void appendFeedback(String text) {
        feedback = EssayHtml.sanitize((feedback == null ? "" : feedback) + EssayHtml.fromText(text));
    }

    public boolean isClaimable() {
        return view.review().isClaimable();
    }

    public boolean isReleasable() {
        return view.review().isReleasable();
    }

    public boolean isAdmin() {
        return activeUser.getRoles().contains(Role.ADMIN);
    }

    public Marking getView() {
        return view;
    }

    public Long getReview() {
        return reviewId;
    }

    public void setReview(Long reviewId) {
        this.reviewId = reviewId;
    }

    public Map<Long, Long> getLevels() {
        return levels;
    }

    public String getFeedback() {
        return feedback;
    }

    /** Kept sanitized, so a refused or saved marking re-renders the allowed text, never the posted markup. */
    public void setFeedback(String feedback) {
        this.feedback = EssayHtml.sanitize(feedback);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** What the feedback editor offers (EssayHtml keeps the same). */
    public java.util.List<String> getFormats() {
        return java.util.List.of("bold", "italic", "list");
    }

    public Enrollment getRevealed() {
        return revealed;
    }
}

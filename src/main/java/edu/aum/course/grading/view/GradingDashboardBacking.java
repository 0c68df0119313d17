package edu.aum.course.grading.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.control.Distribution;
import edu.aum.course.grading.control.GradingStats;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.grading.entity.Rubric;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * /staff/dashboard.xhtml[?offering=ID]: essays per state, each marker's backlog, and an assignment's grade
 * distribution, of the reader's offerings or of the one given (another team's answers 404, as an unknown one).
 */
@Named
@ViewScoped
public class GradingDashboardBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradingStats stats;

    @Inject
    transient RubricService rubrics;

    @Inject
    transient CourseService courses;

    @Inject
    ActiveUser activeUser;

    private Long offeringId;
    private Offering offering;

    private Map<SubmissionStatus, Long> perState;
    private List<GradingStats.Backlog> backlog;
    private final List<Assignment> graded = new ArrayList<>();
    private Long assignmentId;
    private List<Band> bands;
    private int[][] counts;
    private String maxPoints;
    private int releasedCount;
    private int passed;

    /** f:viewAction */
    public void load() {
        long actor = activeUser.getId();
        offering = offeringId == null
                ? null
                : courses.findOffering(courses.teaching(actor), offeringId).orElse(null);
        if (!NotFound.unless(offeringId == null || offering != null)) {
            return;
        }
        perState = stats.perState(actor, offeringId);
        backlog = stats.backlog(actor, offeringId);
        graded.clear();
        graded.addAll(stats.gradedAssignments(actor, offeringId));
        if (!graded.isEmpty()) {
            assignmentId = graded.get(0).getId();
            distribution();
        }
    }

    /** Draws the chosen assignment's distribution (also on a change of the menu). */
    public void distribution() {
        Assignment assignment = graded.stream()
                .filter(a -> a.getId().equals(assignmentId))
                .findFirst()
                .orElse(null);
        if (assignment == null) {
            counts = null;
            bands = null;
            return;
        }
        List<GradingStats.Score> scores = stats.released(activeUser.getId(), assignment.getId());
        BigDecimal max = rubrics.rubricFor(assignment)
                .map(Rubric::maxPoints)
                .orElseGet(() -> scores.stream()
                        .map(GradingStats.Score::score)
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ONE));
        releasedCount = scores.size();
        passed = GradingStats.passes(scores);
        List<String> labels = Distribution.labels(max);
        counts = Distribution.count(scores, max);
        maxPoints = max.stripTrailingZeros().toPlainString();
        bands = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            bands.add(new Band(labels.get(i), counts[0][i], counts[1][i]));
        }
    }

    /** One bar of the chart, for the table that says the same in words (its text alternative). */
    public record Band(String points, int passed, int failed) implements Serializable {}

    public Long getOffering() {
        return offeringId;
    }

    public void setOffering(Long offeringId) {
        this.offeringId = offeringId;
    }

    /** The offering the figures are of; empty: all the reader's. */
    public Offering getSelected() {
        return offering;
    }

    public List<Band> getBands() {
        return bands == null ? List.of() : bands;
    }

    public String getMaxPoints() {
        return maxPoints;
    }

    public List<SubmissionStatus> getStates() {
        return List.copyOf(perState.keySet());
    }

    public Map<SubmissionStatus, Long> getPerState() {
        return perState;
    }

    public List<GradingStats.Backlog> getBacklog() {
        return backlog;
    }

    public List<Assignment> getGraded() {
        return graded;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public void setAssignmentId(Long assignmentId) {
        this.assignmentId = assignmentId;
    }

    /**
     * The chart of the counts with its legend in the page's language at each rendering: the view outlives a
     * change of language (the switch posts back to the same view), and a legend built once kept the old one.
     */
    public String getChart() {
        return counts == null
                ? null
                : Distribution.chartJson(
                        bands.stream().map(Band::points).toList(),
                        counts,
                        Messages.text("SubmissionResult.PASS"),
                        Messages.text("SubmissionResult.FAIL"));
    }

    public int getReleasedCount() {
        return releasedCount;
    }

    public int getPassed() {
        return passed;
    }
}

package edu.aum.course.grading.view;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.QueueFilter;
import edu.aum.course.grading.control.QueueService;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.grading.entity.AssignmentGrading;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.faces.Pages;
import edu.aum.course.platform.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * /staff/queue.xhtml: the marking queue (lazy, filtered, sorted), claim next, claim or give back one;
 * for admins also allocation of the selected essays to chosen instructors, evenly.
 */
@Named
@ViewScoped
public class QueueBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QueueService queue;

    @Inject
    transient RubricService rubrics;

    @Inject
    transient CourseService courses;

    @Inject
    transient AssignmentService assignments;

    @Inject
    ActiveUser activeUser;

    private Long offeringId;
    private Long assignmentId;
    private SubmissionStatus status;
    private String late = "";
    private QueueFilter.Scope scope = QueueFilter.Scope.ALL;
    private QueueModel model;
    private List<Offering> offerings;
    private List<Assignment> assignmentList = List.of();
    private final Map<Long, AssignmentGrading> settings = new HashMap<>();
    private List<Review> selection = new ArrayList<>();
    private List<Long> chosenInstructors = new ArrayList<>();
    private List<Account> instructors = List.of();

    @PostConstruct
    void init() {
        offerings = courses.offerings(courses.teaching(activeUser.getId()));
        candidates();
        QueueBacking self = this;
        model = new QueueModel(new QueueModel.Source() {
            private static final long serialVersionUID = 1L;

            @Override
            public QueueService service() {
                return self.queue;
            }

            @Override
            public QueueFilter filter() {
                return self.filter();
            }

            @Override
            public long actor() {
                return self.activeUser.getId();
            }
        });
    }

    QueueFilter filter() {
        return new QueueFilter(
                offeringId, assignmentId, status, late == null || late.isEmpty() ? null : Boolean.valueOf(late), scope);
    }

    /**
     * f:viewAction: /staff/queue.xhtml?offering=ID opens the queue filtered to that offering (a link from an
     * offering's pages); an offering outside the reader's teaching answers 404 like an unknown one.
     */
    public void open() {
        if (offeringId != null && NotFound.unless(offerings.stream().anyMatch(o -> offeringId.equals(o.getId())))) {
            offeringChanged();
        }
    }

    public void offeringChanged() {
        assignmentId = null;
        assignmentList = offeringId == null ? List.of() : assignments.ofOffering(activeUser.getId(), offeringId);
        candidates();
    }

    /** Allocation offers the chosen offering's team (without one, the instructors on any team). */
    private void candidates() {
        if (isAdmin()) {
            instructors = queue.allocationCandidates(activeUser.getId(), offeringId);
            chosenInstructors.retainAll(instructors.stream().map(Account::getId).toList());
        }
    }

    public String claimNext() {
        var claimed = queue.claimNext(activeUser.getId(), filter());
        if (claimed.isEmpty()) {
            Messages.info(null, "grading.queue.nothingToClaim");
            return null;
        }
        return Pages.redirect(
                "/staff/mark?review=" + claimed.get().getId(),
                "grading.claimed",
                claimed.get().getCode());
    }

    public String claim(long reviewId) {
        Review review = queue.claim(activeUser.getId(), reviewId);
        return Pages.redirect("/staff/mark?review=" + reviewId, "grading.claimed", review.getCode());
    }

    public void unclaim(long reviewId, long version) {
        Review review = queue.unclaim(activeUser.getId(), reviewId, version);
        Messages.info(null, "grading.unclaimed", review.getCode());
    }

    public void allocate() {
        List<Long> ids = selection.stream().map(Review::getId).toList();
        Map<String, Integer> given = queue.allocate(activeUser.getId(), ids, chosenInstructors);
        String summary = given.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        Messages.info(
                null,
                "grading.allocated",
                given.values().stream().mapToInt(Integer::intValue).sum(),
                summary);
        selection = new ArrayList<>();
    }

    /** Whether the student's name is hidden for this review's assignment (blind marking, until release). */
    public boolean hidden(Review review) {
        long id = review.getSubmission().getAssignment().getId();
        return settings.computeIfAbsent(id, rubrics::settings)
                .hidesWhoWrote(review.getSubmission().getStatus());
    }

    public boolean isAdmin() {
        return activeUser.getRoles().contains(Role.ADMIN);
    }

    /** Whether this person may give the review back to the queue (its marker, or an admin). */
    public boolean unclaimable(Review review) {
        return review.isUnclaimableBy(activeUser.getId(), isAdmin());
    }

    public QueueFilter.Scope[] getScopes() {
        return QueueFilter.Scope.values();
    }

    public SubmissionStatus[] getStatuses() {
        return java.util.Arrays.stream(SubmissionStatus.values())
                .filter(s -> s != SubmissionStatus.DRAFT)
                .toArray(SubmissionStatus[]::new);
    }

    public QueueModel getModel() {
        return model;
    }

    public List<Offering> getOfferings() {
        return offerings;
    }

    public List<Assignment> getAssignmentList() {
        return assignmentList;
    }

    public List<Account> getInstructors() {
        return instructors;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(Long offeringId) {
        this.offeringId = offeringId;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public void setAssignmentId(Long assignmentId) {
        this.assignmentId = assignmentId;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public void setStatus(SubmissionStatus status) {
        this.status = status;
    }

    public String getLate() {
        return late;
    }

    public void setLate(String late) {
        this.late = late;
    }

    public QueueFilter.Scope getScope() {
        return scope;
    }

    public void setScope(QueueFilter.Scope scope) {
        this.scope = scope == null ? QueueFilter.Scope.ALL : scope;
    }

    public List<Review> getSelection() {
        return selection;
    }

    public void setSelection(List<Review> selection) {
        this.selection = selection == null ? new ArrayList<>() : selection;
    }

    public List<Long> getChosenInstructors() {
        return chosenInstructors;
    }

    public void setChosenInstructors(List<Long> chosenInstructors) {
        this.chosenInstructors = chosenInstructors == null ? new ArrayList<>() : chosenInstructors;
    }
}

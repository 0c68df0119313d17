package edu.aum.course.essay.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.entity.Extension;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.faces.Pages;
import edu.aum.course.platform.i18n.Dates;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;

/** /staff/extensions.xhtml?assignment=ID: the extensions given for an assignment, and a new one for one student. */
@Named
@ViewScoped
public class ExtensionBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssignmentService assignments;

    @Inject
    ActiveUser activeUser;

    @Inject
    Dates dates;

    private Long assignmentId;
    private Assignment assignment;
    private List<Extension> given = List.of();
    private List<Enrollment> students = List.of();
    private Long enrollmentId;
    private LocalDateTime dueAt;
    private LocalDateTime cutoffAt;

    /** f:viewAction: an unknown assignment and another team's answer 404 alike. */
    public void load() {
        long actor = activeUser.getId();
        assignment = assignmentId == null
                ? null
                : assignments.find(actor, assignmentId).orElse(null);
        if (NotFound.unless(assignment != null)) {
            given = assignments.extensionsOf(actor, assignmentId);
            students = assignments.activeEnrollments(
                    actor, assignment.getOffering().getId());
        }
    }

    public String grant() {
        assignments.grantExtension(
                activeUser.getId(),
                assignmentId,
                enrollmentId,
                dueAt == null ? null : dueAt.atZone(dates.zone()).toInstant(),
                cutoffAt == null ? null : cutoffAt.atZone(dates.zone()).toInstant());
        return Pages.redirect("/staff/extensions?assignment=" + assignmentId, "staff.extensions.granted");
    }

    public Long getAssignment() {
        return assignmentId;
    }

    public void setAssignment(Long assignmentId) {
        this.assignmentId = assignmentId;
    }

    public Assignment getSelected() {
        return assignment;
    }

    public List<Extension> getGiven() {
        return given;
    }

    public List<Enrollment> getStudents() {
        return students;
    }

    public Long getEnrollmentId() {
        return enrollmentId;
    }

    public void setEnrollmentId(Long enrollmentId) {
        this.enrollmentId = enrollmentId;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public LocalDateTime getCutoffAt() {
        return cutoffAt;
    }

    public void setCutoffAt(LocalDateTime cutoffAt) {
        this.cutoffAt = cutoffAt;
    }
}

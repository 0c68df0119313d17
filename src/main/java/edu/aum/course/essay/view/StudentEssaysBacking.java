package edu.aum.course.essay.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.platform.faces.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /student/essays.xhtml?enrollment=ID: the student's assignments in one enrollment as a timeline. */
@Named
@RequestScoped
public class StudentEssaysBacking {

    @Inject
    SubmissionService submissions;

    @Inject
    EnrollmentService enrollments;

    @Inject
    ActiveUser activeUser;

    private Long enrollmentId;
    private Enrollment enrollment;
    private List<SubmissionService.Line> lines = List.of();

    /** f:viewAction */
    public void load() {
        enrollment = enrollmentId == null
                ? null
                : enrollments.findOwn(activeUser.getId(), enrollmentId).orElse(null);
        if (NotFound.unless(enrollment != null)) { // an unknown enrollment and another student's answer 404 alike
            lines = submissions.timeline(activeUser.getId(), enrollmentId);
        }
    }

    public Long getEnrollment() {
        return enrollmentId;
    }

    public void setEnrollment(Long enrollmentId) {
        this.enrollmentId = enrollmentId;
    }

    public Enrollment getSelected() {
        return enrollment;
    }

    public List<SubmissionService.Line> getLines() {
        return lines;
    }
}

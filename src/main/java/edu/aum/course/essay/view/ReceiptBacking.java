package edu.aum.course.essay.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.essay.api.SubmissionVersion;
import edu.aum.course.platform.faces.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** /student/receipt.xhtml?assignment=ID: what the student submitted last, with its SHA-256. */
@Named
@RequestScoped
public class ReceiptBacking {

    @Inject
    SubmissionService submissions;

    @Inject
    ActiveUser activeUser;

    private Long assignmentId;
    private Assignment assignment;
    private Long enrollmentId;
    private SubmissionVersion version;

    /** f:viewAction */
    public void load() {
        var found = assignmentId == null
                ? Optional.<SubmissionService.Essay>empty()
                : submissions.findEssay(activeUser.getId(), assignmentId);
        if (!NotFound.unless(found.isPresent())) { // an unknown assignment and another offering's answer 404 alike
            return;
        }
        var essay = found.get();
        assignment = essay.assignment();
        enrollmentId = essay.enrollment().getId();
        version = essay.submission().flatMap(s -> s.latest()).orElse(null);
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

    public Long getEnrollmentId() {
        return enrollmentId;
    }

    public SubmissionVersion getVersion() {
        return version;
    }
}

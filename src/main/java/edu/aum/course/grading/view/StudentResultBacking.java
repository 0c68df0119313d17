package edu.aum.course.grading.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.grading.control.MarkingScheme;
import edu.aum.course.grading.control.ReleaseService;
import edu.aum.course.grading.control.StudentResult;
import edu.aum.course.platform.faces.KeptInSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The marking part of /student/essay.xhtml?assignment=ID: before release how the essay will be marked (the rubric
 * and the pass mark), then the released score, levels and feedback, or what a requested revision asks for.
 */
@Named
@ViewScoped
public class StudentResultBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReleaseService releases;

    @Inject
    ActiveUser activeUser;

    private StudentResult result;
    private MarkingScheme scheme;

    @PostConstruct
    void load() {
        String assignment = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("assignment");
        if (assignment != null && assignment.matches("\\d{1,18}") && activeUser.isSignedIn()) {
            try {
                long assignmentId = Long.parseLong(assignment);
                scheme = releases.schemeForStudent(activeUser.getId(), assignmentId);
                result = releases.forStudent(activeUser.getId(), assignmentId).orElse(null);
            } catch (RuntimeException notTheirs) {
                result = null; // the essay page itself says the assignment is not found
            }
        }
    }

    public StudentResult getResult() {
        return result;
    }

    /** The rubric and pass mark, until the essay's result is released (which then shows the levels reached). */
    public MarkingScheme getScheme() {
        return result != null && result.released() != null ? null : scheme;
    }
}

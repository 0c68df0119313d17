package edu.aum.course.grading.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.grading.control.ReleaseService;
import edu.aum.course.grading.control.StudentResult;
import edu.aum.course.platform.faces.KeptInSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The marking part of /student/essay.xhtml?assignment=ID: the released score, levels and feedback, or
 * what a requested revision asks for. Nothing before release.
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

    @PostConstruct
    void load() {
        String assignment = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("assignment");
        if (assignment != null && assignment.matches("\\d{1,18}") && activeUser.isSignedIn()) {
            try {
                result = releases.forStudent(activeUser.getId(), Long.parseLong(assignment))
                        .orElse(null);
            } catch (RuntimeException notTheirs) {
                result = null; // the essay page itself says the assignment is not found
            }
        }
    }

    public StudentResult getResult() {
        return result;
    }
}

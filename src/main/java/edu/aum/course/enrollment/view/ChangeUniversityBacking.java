package edu.aum.course.enrollment.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.faces.Pages;
import edu.aum.course.university.api.University;
import edu.aum.course.university.api.UniversityService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /student/university.xhtml?enrollment=ID: a student corrects their home university and number. */
@Named
@ViewScoped
public class ChangeUniversityBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UniversityService universities;

    @Inject
    transient EnrollmentService enrollments;

    @Inject
    ActiveUser activeUser;

    private Long enrollmentId;
    private Enrollment enrollment;
    private List<University> listed;
    private final HomeUniversityForm form = new HomeUniversityForm();

    /** f:viewAction */
    public void load() {
        enrollment = enrollmentId == null
                ? null
                : enrollments.findOwn(activeUser.getId(), enrollmentId).orElse(null);
        if (!NotFound.unless(enrollment != null)) { // an unknown enrollment and another student's answer 404 alike
            return;
        }
        form.fill(enrollment.getUniversity(), enrollment.getStudentNumber());
        listed = universities.listed();
    }

    public String save() {
        enrollments.changeUniversity(activeUser.getId(), enrollmentId, form.home(), form.getStudentNumber());
        return Pages.redirect("/student/home", "student.university.saved");
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

    public List<University> getListed() {
        return listed;
    }

    public HomeUniversityForm getForm() {
        return form;
    }
}

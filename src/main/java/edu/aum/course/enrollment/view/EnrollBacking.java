package edu.aum.course.enrollment.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.Pages;
import edu.aum.course.university.api.University;
import edu.aum.course.university.api.UniversityService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** /student/enroll.xhtml?offering=ID: a student enrolls, naming their home university. */
@Named
@ViewScoped
public class EnrollBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    @Inject
    transient UniversityService universities;

    @Inject
    transient EnrollmentService enrollments;

    @Inject
    transient Clock clock;

    @Inject
    ActiveUser activeUser;

    private Long offeringId;
    private Offering offering;
    private boolean open;
    private List<University> listed;
    private final HomeUniversityForm form = new HomeUniversityForm();

    /** f:viewAction */
    public void load() {
        offering = offeringId == null ? null : courses.findOffering(offeringId).orElse(null);
        open = offering != null && offering.isEnrollmentOpenOn(LocalDate.now(clock));
        listed = universities.listed();
    }

    public String enroll() {
        enrollments.enroll(activeUser.getId(), offeringId, form.home(), form.getStudentNumber());
        return Pages.redirect("/student/home", "enroll.done");
    }

    public Long getOffering() {
        return offeringId;
    }

    public void setOffering(Long offeringId) {
        this.offeringId = offeringId;
    }

    public Offering getSelected() {
        return offering;
    }

    public boolean isOpen() {
        return open;
    }

    public List<University> getListed() {
        return listed;
    }

    public HomeUniversityForm getForm() {
        return form;
    }
}

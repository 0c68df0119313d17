package edu.aum.course.enrollment.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The student's enrollments on their home page, with withdrawal. */
@Named
@ViewScoped
public class StudentEnrollmentsBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnrollmentService enrollments;

    @Inject
    ActiveUser activeUser;

    private List<Enrollment> mine;

    @PostConstruct
    void load() {
        mine = enrollments.ofStudent(activeUser.getId());
    }

    public void withdraw(long enrollmentId) {
        enrollments.withdrawMyself(activeUser.getId(), enrollmentId);
        Messages.info(null, "student.enrollments.withdrawn");
        load();
    }

    /** The student allows (or stops allowing) their home university to read released grades and feedback. */
    public void shareGrades(long enrollmentId, boolean share) {
        enrollments.shareGrades(activeUser.getId(), enrollmentId, share);
        Messages.info(null, share ? "student.enrollments.gradesShared" : "student.enrollments.gradesHidden");
        load();
    }

    public List<Enrollment> getMine() {
        return mine;
    }
}

package edu.aum.course.essay.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.platform.faces.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /staff/assignments.xhtml?offering=ID: the essay assignments of an offering the reader works on, by due date. */
@Named
@RequestScoped
public class AssignmentsBacking {

    @Inject
    CourseService courses;

    @Inject
    AssignmentService assignments;

    @Inject
    ActiveUser activeUser;

    private Long offeringId;
    private Offering offering;
    private List<Assignment> list = List.of();

    /** f:viewAction: an unknown offering and another team's answer 404 alike. */
    public void load() {
        long actor = activeUser.getId();
        offering = offeringId == null
                ? null
                : courses.findOffering(courses.teaching(actor), offeringId).orElse(null);
        if (NotFound.unless(offering != null)) {
            list = assignments.ofOffering(actor, offeringId);
        }
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

    public List<Assignment> getList() {
        return list;
    }
}

package edu.aum.course.essay.view;

import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /staff/assignments.xhtml?offering=ID: an offering's essay assignments, by due date. */
@Named
@RequestScoped
public class AssignmentsBacking {

    @Inject
    CourseService courses;

    @Inject
    AssignmentService assignments;

    private Long offeringId;
    private Offering offering;
    private List<Assignment> list = List.of();

    /** f:viewAction */
    public void load() {
        offering = offeringId == null ? null : courses.findOffering(offeringId).orElse(null);
        if (offering != null) {
            list = assignments.ofOffering(offeringId);
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

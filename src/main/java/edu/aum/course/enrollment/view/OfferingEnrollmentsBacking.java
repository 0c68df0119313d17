package edu.aum.course.enrollment.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.control.EnrollmentFilter;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.PagedModel;
import edu.aum.course.platform.http.FilterParameters;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

/** /admin/enrollments.xhtml?offering=ID: who enrolled, filtered; withdrawal with a reason; CSV. */
@Named
@ViewScoped
public class OfferingEnrollmentsBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    @Inject
    transient EnrollmentService enrollments;

    @Inject
    ActiveUser activeUser;

    private Long offeringId;
    private Offering offering;
    private PagedModel<Enrollment> model;
    private EnrollmentStatus status;
    private String text;
    private Long withdrawingId;
    private String reason;

    /** f:viewAction */
    public void load() {
        offering = offeringId == null ? null : courses.findOffering(offeringId).orElse(null);
        if (offering != null) {
            model = new PagedModel<>(
                    () -> enrollments.count(offeringId, filter()),
                    (first, size) -> enrollments.search(offeringId, filter(), first, size),
                    id -> enrollments.find(id),
                    Enrollment::getId);
        }
    }

    private EnrollmentFilter filter() {
        return new EnrollmentFilter(status, text);
    }

    /** The CSV export of what the filters show, read back by EnrollmentCsvServlet. */
    public String getCsvQuery() {
        return FilterParameters.query("offering", offeringId, "status", status, "text", text);
    }

    public void startWithdrawal(long enrollmentId) {
        withdrawingId = enrollmentId;
        reason = null;
    }

    public void withdraw() {
        enrollments.withdraw(activeUser.getId(), withdrawingId, reason);
        Messages.info(null, "admin.enrollments.withdrawn");
        withdrawingId = null;
        PrimeFaces.current().ajax().update("enrollments"); // told on the page; a refusal stays in the dialog alone
    }

    public EnrollmentStatus[] getStatuses() {
        return EnrollmentStatus.values();
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

    public PagedModel<Enrollment> getModel() {
        return model;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public void setStatus(EnrollmentStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package edu.aum.course.partner.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.partner.control.PartnerAccess;
import edu.aum.course.partner.control.PartnerEnrollment;
import edu.aum.course.partner.control.PartnerEnrollmentService;
import edu.aum.course.partner.control.PartnerFilter;
import edu.aum.course.partner.control.Scope;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.PagedModel;
import edu.aum.course.platform.http.FilterParameters;
import edu.aum.course.university.api.University;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /partner/enrollments.xhtml: the university's students, filtered by offering, state and text; CSV. */
@Named
@ViewScoped
public class PartnerEnrollmentsBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerAccess access;

    @Inject
    transient PartnerEnrollmentService enrollments;

    @Inject
    ActiveUser activeUser;

    private Scope scope;
    private University university;
    private List<Offering> offerings;
    private PagedModel<PartnerEnrollment> model;
    private Long offering;
    private EnrollmentStatus status;
    private String text;

    @PostConstruct
    void load() {
        scope = access.ofStaff(activeUser.getId());
        university = access.universityOf(scope);
        offerings = enrollments.offerings(scope);
        Scope s = scope;
        model = new PagedModel<>(
                () -> enrollments.count(s, filter()),
                (first, size) -> enrollments.search(s, filter(), first, size, PartnerEnrollmentService.Order.NAME),
                id -> enrollments.find(s, id),
                PartnerEnrollment::getId);
    }

    private PartnerFilter filter() {
        return new PartnerFilter(offering, status, text, null);
    }

    /** The CSV export of what the filters show, read back by PartnerCsvServlet. */
    public String getCsvQuery() {
        return FilterParameters.query("offering", offering, "status", status, "text", text);
    }

    public EnrollmentStatus[] getStatuses() {
        return EnrollmentStatus.values();
    }

    /** In the page's language at each rendering: the view outlives a switch of language. */
    public String getUniversityName() {
        return university.name(activeUser.language());
    }

    public List<Offering> getOfferings() {
        return offerings;
    }

    public PagedModel<PartnerEnrollment> getModel() {
        return model;
    }

    public Long getOffering() {
        return offering;
    }

    public void setOffering(Long offering) {
        this.offering = offering;
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
}

package edu.aum.course.audit.view;

import edu.aum.course.audit.control.AuditLine;
import edu.aum.course.audit.control.AuditReport;
import edu.aum.course.audit.control.AuditSearch;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.PagedModel;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** /admin/audit.xhtml: the audit log, newest first, filtered and paged in the database, and its CSV. */
@Named
@ViewScoped
public class AuditBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditReport report;

    @Inject
    transient CourseService courses;

    @Inject
    transient Dates dates;

    private String email;
    private Long offering;
    private Long essay;
    private String serial;
    private String subjectType;
    private LocalDate fromDay;
    private LocalDate toDay;
    private AuditSearch search = AuditSearch.ANY;
    private List<String> subjectTypes;
    private List<Offering> offerings;

    private final LazyDataModel<AuditLine> lines = new PagedModel<>(
            () -> report.count(search, dates.zone()),
            (first, size) -> report.page(search, dates.zone(), first, size),
            id -> report.find(id),
            line -> line.entry().getId());

    @PostConstruct
    void load() {
        subjectTypes = report.subjectTypes();
        offerings = courses.offerings();
    }

    /** Applies the filters as typed; a person with no account is said so (and finds nothing). */
    public void filter() {
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            Messages.error("audit:to", "audit.toBeforeFrom");
            return;
        }
        search = new AuditSearch(email, offering, essay, serial, subjectType, fromDay, toDay);
        if (report.namesNobody(search)) {
            Messages.error("audit:person", "audit.nobody", email.strip());
        }
    }

    public String getCsvQuery() {
        return search.query();
    }

    public LazyDataModel<AuditLine> getLines() {
        return lines;
    }

    public List<String> getSubjectTypes() {
        return subjectTypes;
    }

    public List<Offering> getOfferings() {
        return offerings;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getOffering() {
        return offering;
    }

    public void setOffering(Long offering) {
        this.offering = offering;
    }

    public Long getEssay() {
        return essay;
    }

    public void setEssay(Long essay) {
        this.essay = essay;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public void setToDay(LocalDate toDay) {
        this.toDay = toDay;
    }
}

package edu.aum.course.enrollment.view;

import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.control.BulkEnrollment;
import edu.aum.course.enrollment.control.BulkEnrollment.Report;
import edu.aum.course.enrollment.control.EnrollmentImportFile;
import edu.aum.course.enrollment.control.EnrollmentImportFile.Problem;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

/** /admin/enrollments-import.xhtml?offering=ID: bulk enrollment from a CSV file and its report. */
@Named
@ViewScoped
public class BulkEnrollmentBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    @Inject
    transient BulkEnrollment bulk;

    private Long offeringId;
    private Offering offering;
    private String fileName;
    private Report report;

    /** f:viewAction */
    public void load() {
        offering = offeringId == null ? null : courses.findOffering(offeringId).orElse(null);
    }

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        report = bulk.enroll(offeringId, event.getFile().getContent());
        if (report.problems().isEmpty()) {
            Messages.info(null, "admin.import.allDone", report.enrolled().size());
        } else {
            Messages.error(
                    null,
                    "admin.import.someFailed",
                    report.enrolled().size(),
                    report.problems().size());
        }
    }

    /** A problem in the page's language: "the line: the reason". */
    public String describe(Problem problem) {
        String reason = Messages.text(problem.key(), problem.arguments().toArray());
        return problem.line() == 0 ? reason : Messages.text("admin.import.line", problem.line(), reason);
    }

    public int getMaxBytes() {
        return EnrollmentImportFile.MAX_BYTES;
    }

    public Long getOffering() {
        return offeringId;
    }

    public void setOffering(Long offering) {
        this.offeringId = offering;
    }

    public Offering getSelected() {
        return offering;
    }

    public String getFileName() {
        return fileName;
    }

    public Report getReport() {
        return report;
    }
}

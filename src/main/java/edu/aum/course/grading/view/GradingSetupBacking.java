package edu.aum.course.grading.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.grading.control.ReleaseService;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.grading.entity.AssignmentGrading;
import edu.aum.course.grading.entity.Rubric;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * /staff/grading.xhtml?offering=ID: the offering's rubrics, and per assignment the rubric in use, the
 * pass mark, blind marking, the mark-by date and "release all ready".
 */
@Named
@ViewScoped
public class GradingSetupBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RubricService rubrics;

    @Inject
    transient ReleaseService releases;

    @Inject
    transient CourseService courses;

    @Inject
    transient AssignmentService assignments;

    @Inject
    ActiveUser activeUser;

    @Inject
    transient Dates dates;

    private Long offeringId;
    private Offering offering;
    private List<Rubric> rubricList = List.of();
    private List<Row> rows = List.of();
    private Long editingId;
    private long editingVersion;
    private BigDecimal passMark;
    private boolean blind;
    private LocalDateTime markBy;

    /** An assignment with its grading settings and rubric. */
    public record Row(Assignment assignment, AssignmentGrading settings, Rubric rubric) implements Serializable {
        public Assignment getAssignment() {
            return assignment;
        }

        public AssignmentGrading getSettings() {
            return settings;
        }

        public Rubric getRubric() {
            return rubric;
        }
    }

    /** f:viewAction: an unknown offering and another team's answer 404 alike. */
    public void load() {
        offering = offeringId == null
                ? null
                : courses.findOffering(courses.teaching(activeUser.getId()), offeringId)
                        .orElse(null);
        if (NotFound.unless(offering != null)) {
            refresh();
        }
    }

    private void refresh() {
        if (offering != null) {
            rubricList = rubrics.ofOffering(activeUser.getId(), offeringId);
            rows = assignments.ofOffering(activeUser.getId(), offeringId).stream()
                    .map(a -> new Row(
                            a, rubrics.settings(a.getId()), rubrics.rubricFor(a).orElse(null)))
                    .toList();
        }
    }

    public void edit(Row row) {
        editingId = row.assignment().getId();
        editingVersion = row.settings().getVersion();
        passMark = row.settings().getPassMark();
        blind = row.settings().isBlind();
        Instant saved = row.settings().getMarkBy();
        markBy = saved == null ? null : LocalDateTime.ofInstant(saved, dates.zone());
    }

    public void saveSettings() {
        rubrics.saveSettings(
                activeUser.getId(),
                editingId,
                editingVersion,
                passMark,
                blind,
                markBy == null ? null : markBy.atZone(dates.zone()).toInstant());
        Messages.info(null, "grading.settings.saved");
        refresh();
        PrimeFaces.current().ajax().update("setup"); // told on the page; a refusal stays in the dialog alone
    }

    public void releaseAll(long assignmentId) {
        int released = releases.releaseAll(activeUser.getId(), assignmentId);
        Messages.info(null, "grading.releasedAll", released);
        refresh();
    }

    public boolean hasOwnRubric(Row row) {
        return row.rubric() != null && !row.rubric().isForOffering();
    }

    public boolean isOfferingRubric() {
        return rubricList.stream().anyMatch(Rubric::isForOffering);
    }

    public Offering getSelected() {
        return offering;
    }

    public List<Rubric> getRubrics() {
        return rubricList;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Long getOffering() {
        return offeringId;
    }

    public void setOffering(Long offeringId) {
        this.offeringId = offeringId;
    }

    public BigDecimal getPassMark() {
        return passMark;
    }

    public void setPassMark(BigDecimal passMark) {
        this.passMark = passMark;
    }

    /** The mark-by date as the dialog edits it, in the course's zone (Dates.zone()). */
    public LocalDateTime getMarkBy() {
        return markBy;
    }

    public void setMarkBy(LocalDateTime markBy) {
        this.markBy = markBy;
    }

    public boolean isBlind() {
        return blind;
    }

    public void setBlind(boolean blind) {
        this.blind = blind;
    }
}

package edu.aum.course.essay.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.WordBounds;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.faces.Pages;
import edu.aum.course.platform.i18n.Dates;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * /staff/assignment.xhtml[?id=ID | ?offering=ID]: a new assignment or changes to one (optimistically
 * locked). Times are entered in the editor's own time zone (Dates.zone()) and shown in the course's beside.
 */
@Named
@ViewScoped
public class AssignmentEditBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssignmentService assignments;

    @Inject
    Dates dates;

    @Inject
    ActiveUser activeUser;

    @Inject
    transient CourseService courses;

    private Long id;
    private Long offeringId;
    private long version;
    private String titleEn;
    private String titleRu;
    private String promptEn;
    private String promptRu;
    private LocalDateTime opensAt;
    private LocalDateTime dueAt;
    private LocalDateTime cutoffAt;
    private Integer minWords = WordBounds.DEFAULT_MIN;
    private Integer maxWords = WordBounds.DEFAULT_MAX;
    private boolean countsForCertificate = true;

    /**
     * f:viewAction: an assignment to change, or a new one of an offering; an unknown one and another team's
     * answer 404 alike.
     */
    public void load() {
        long actor = activeUser.getId();
        if (id != null) {
            assignments.find(actor, id).ifPresentOrElse(this::fill, NotFound::answer);
        } else {
            NotFound.unless(offeringId != null
                    && courses.findOffering(courses.teaching(actor), offeringId).isPresent());
        }
    }

    private void fill(Assignment a) {
        offeringId = a.getOffering().getId();
        version = a.getVersion();
        titleEn = a.getTitleEn();
        titleRu = a.getTitleRu();
        promptEn = a.getPromptEn();
        promptRu = a.getPromptRu();
        opensAt = local(a.getOpensAt());
        dueAt = local(a.getDueAt());
        cutoffAt = local(a.getCutoffAt());
        minWords = a.getWords().getMin();
        maxWords = a.getWords().getMax();
        countsForCertificate = a.isCountsForCertificate();
    }

    public String save() {
        var text = new Assignment.Text(titleEn, titleRu, promptEn, promptRu);
        var deadlines = new Deadlines(instant(opensAt), instant(dueAt), instant(cutoffAt));
        var words = new WordBounds(minWords == null ? 0 : minWords, maxWords == null ? 0 : maxWords);
        Assignment saved = id == null
                ? assignments.add(activeUser.getId(), offeringId, text, deadlines, words, countsForCertificate)
                : assignments.edit(activeUser.getId(), id, version, text, deadlines, words, countsForCertificate);
        return Pages.redirect(
                "/staff/assignments?offering=" + saved.getOffering().getId(), "staff.assignment.saved");
    }

    /** The due time as entered, for the hint that shows it in the course's time. */
    public Instant getDueAtInstant() {
        return instant(dueAt);
    }

    public Instant getCutoffAtInstant() {
        return instant(cutoffAt);
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, dates.zone());
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(dates.zone()).toInstant();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(Long offeringId) {
        this.offeringId = offeringId;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleRu() {
        return titleRu;
    }

    public void setTitleRu(String titleRu) {
        this.titleRu = titleRu;
    }

    public String getPromptEn() {
        return promptEn;
    }

    public void setPromptEn(String promptEn) {
        this.promptEn = promptEn;
    }

    public String getPromptRu() {
        return promptRu;
    }

    public void setPromptRu(String promptRu) {
        this.promptRu = promptRu;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public LocalDateTime getCutoffAt() {
        return cutoffAt;
    }

    public void setCutoffAt(LocalDateTime cutoffAt) {
        this.cutoffAt = cutoffAt;
    }

    public Integer getMinWords() {
        return minWords;
    }

    public void setMinWords(Integer minWords) {
        this.minWords = minWords;
    }

    public Integer getMaxWords() {
        return maxWords;
    }

    public void setMaxWords(Integer maxWords) {
        this.maxWords = maxWords;
    }

    public boolean isCountsForCertificate() {
        return countsForCertificate;
    }

    public void setCountsForCertificate(boolean countsForCertificate) {
        this.countsForCertificate = countsForCertificate;
    }
}

package edu.aum.course.grading.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.grading.control.StandardRubric;
import edu.aum.course.grading.entity.Rubric;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.NotFound;
import edu.aum.course.platform.faces.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * /staff/rubric.xhtml?offering=ID[&amp;assignment=ID][&amp;id=ID]: defines a rubric's criteria and their
 * levels; a new one starts from the course's standard rubric.
 */
@Named
@ViewScoped
public class RubricBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RubricService rubrics;

    @Inject
    transient CourseService courses;

    @Inject
    transient AssignmentService assignments;

    @Inject
    ActiveUser activeUser;

    private Long offeringId;
    private Long assignmentId;
    private Long rubricId;
    private long version;
    private Offering offering;
    private Assignment assignment;
    private String name;
    private boolean inUse;
    private List<CriterionForm> criteria = new ArrayList<>();

    /** One criterion as edited. */
    public static class CriterionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String nameEn;
        private String nameRu;
        private final List<LevelForm> levels = new ArrayList<>();

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getNameRu() {
            return nameRu;
        }

        public void setNameRu(String nameRu) {
            this.nameRu = nameRu;
        }

        public List<LevelForm> getLevels() {
            return levels;
        }
    }

    /** One level as edited. */
    public static class LevelForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String labelEn;
        private String labelRu;
        private BigDecimal points;

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public String getLabelRu() {
            return labelRu;
        }

        public void setLabelRu(String labelRu) {
            this.labelRu = labelRu;
        }

        public BigDecimal getPoints() {
            return points;
        }

        public void setPoints(BigDecimal points) {
            this.points = points;
        }
    }

    /** f:viewAction: an unknown rubric, offering or assignment and another team's answer 404 alike. */
    public void load() {
        long actor = activeUser.getId();
        Rubric existing =
                rubricId == null ? null : rubrics.find(actor, rubricId).orElse(null);
        if (!NotFound.unless(rubricId == null || existing != null)) {
            return;
        }
        if (existing != null) {
            offeringId = existing.getOfferingId();
            assignmentId = existing.getAssignmentId();
            version = existing.getVersion();
            name = existing.getName();
            inUse = rubrics.isInUse(existing.getId());
            existing.getCriteria().forEach(c -> {
                CriterionForm form = criterion(c.getNameEn(), c.getNameRu());
                c.getLevels().forEach(l -> form.levels.add(level(l.getLabelEn(), l.getLabelRu(), l.getPoints())));
            });
        } else {
            rubricId = null;
            name = StandardRubric.NAME;
            StandardRubric.CRITERIA.forEach(c -> {
                CriterionForm form = criterion(c.nameEn(), c.nameRu());
                c.levels().forEach(l -> form.levels.add(level(l.labelEn(), l.labelRu(), l.points())));
            });
        }
        offering = offeringId == null
                ? null
                : courses.findOffering(courses.teaching(actor), offeringId).orElse(null);
        assignment = assignmentId == null
                ? null
                : assignments.find(actor, assignmentId).orElse(null);
        NotFound.unless(isFound());
    }

    private CriterionForm criterion(String en, String ru) {
        CriterionForm form = new CriterionForm();
        form.nameEn = en;
        form.nameRu = ru;
        criteria.add(form);
        return form;
    }

    private static LevelForm level(String en, String ru, BigDecimal points) {
        LevelForm form = new LevelForm();
        form.labelEn = en;
        form.labelRu = ru;
        form.points = points;
        return form;
    }

    public void addCriterion() {
        CriterionForm form = criterion(null, null);
        form.levels.add(new LevelForm());
    }

    public void removeCriterion(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
    }

    public void addLevel(int criterion) {
        criteria.get(criterion).levels.add(new LevelForm());
    }

    public void removeLevel(int criterion, int level) {
        List<LevelForm> levels = criteria.get(criterion).levels;
        if (level >= 0 && level < levels.size()) {
            levels.remove(level);
        }
    }

    public String save() {
        var draft = new RubricService.Draft(
                rubricId,
                version,
                offeringId,
                assignmentId,
                name,
                criteria.stream()
                        .map(c -> new RubricService.CriterionDraft(
                                c.nameEn,
                                c.nameRu,
                                c.levels.stream()
                                        .map(l -> new RubricService.LevelDraft(l.labelEn, l.labelRu, l.points))
                                        .toList()))
                        .toList());
        rubrics.save(activeUser.getId(), draft);
        return Pages.redirect("/staff/grading?offering=" + offeringId, "rubric.saved");
    }

    public boolean isFound() {
        return offering != null
                && (assignmentId == null
                        || (assignment != null
                                && assignment.getOffering().getId().equals(offeringId)));
    }

    public Offering getSelectedOffering() {
        return offering;
    }

    public Assignment getSelectedAssignment() {
        return assignment;
    }

    public boolean isInUse() {
        return inUse;
    }

    public List<CriterionForm> getCriteria() {
        return criteria;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getOffering() {
        return offeringId;
    }

    public void setOffering(Long offeringId) {
        this.offeringId = offeringId;
    }

    public Long getAssignment() {
        return assignmentId;
    }

    public void setAssignment(Long assignmentId) {
        this.assignmentId = assignmentId;
    }

    public Long getId() {
        return rubricId;
    }

    public void setId(Long rubricId) {
        this.rubricId = rubricId;
    }
}

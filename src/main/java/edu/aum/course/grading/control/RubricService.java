package edu.aum.course.grading.control;

import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Teaching;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.grading.entity.AssignmentGrading;
import edu.aum.course.grading.entity.Criterion;
import edu.aum.course.grading.entity.Rubric;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import edu.aum.course.platform.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Rubrics of an offering or of one assignment, and each assignment's pass mark and blind marking. The staff
 * methods reach only the offerings the actor works on (CourseService.teaching); another offering's rubric or
 * assignment answers as not found.
 */
@Stateless
public class RubricService {

    public static final String SUBJECT = "Rubric";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AssignmentService assignments;

    @Inject
    CourseService courses;

    @Inject
    AuditLog audit;

    /** A rubric as typed in the editor. */
    public record Draft(
            Long id, long version, long offeringId, Long assignmentId, String name, List<CriterionDraft> criteria) {}

    public record CriterionDraft(String nameEn, String nameRu, List<LevelDraft> levels) {}

    public record LevelDraft(String labelEn, String labelRu, BigDecimal points) {}

    public List<Rubric> ofOffering(long offeringId) {
        return em.createNamedQuery(Rubric.OF_OFFERING, Rubric.class)
                .setParameter("offering", offeringId)
                .getResultList();
    }

    /** The rubrics of an offering the actor works on; refused as not found for another. */
    public List<Rubric> ofOffering(long actorId, long offeringId) {
        courses.getOffering(courses.teaching(actorId), offeringId);
        return ofOffering(offeringId);
    }

    /** A rubric of an offering the actor works on; empty for an unknown one and another offering's alike. */
    public Optional<Rubric> find(long actorId, long rubricId) {
        Teaching teaching = courses.teaching(actorId);
        return Optional.ofNullable(em.find(Rubric.class, rubricId))
                .filter(r -> courses.findOffering(teaching, r.getOfferingId()).isPresent());
    }

    /** The assignment's own rubric, else its offering's. */
    public Optional<Rubric> rubricFor(Assignment assignment) {
        return em.createNamedQuery(Rubric.FOR_ASSIGNMENT, Rubric.class)
                .setParameter("offering", assignment.getOffering().getId())
                .setParameter("assignment", assignment.getId())
                .getResultStream()
                .findFirst();
    }

    /** Creates or redefines a rubric; refused once essays have been marked with it. */
    public Rubric save(long actorId, Draft draft) {
        Staff.staff(em, actorId);
        courses.findOffering(courses.teaching(actorId), draft.offeringId())
                .orElseThrow(() -> new BusinessException("rubric.notFound"));
        if (draft.criteria().isEmpty()) {
            throw new BusinessException("rubric.noCriteria");
        }
        if (draft.assignmentId() != null
                && !assignments
                        .get(actorId, draft.assignmentId())
                        .getOffering()
                        .getId()
                        .equals(draft.offeringId())) {
            throw new BusinessException("assignment.notFound");
        }
        Rubric rubric;
        if (draft.id() == null) {
            requireNoOther(draft);
            rubric = new Rubric(draft.offeringId(), draft.assignmentId(), draft.name(), clock.instant());
            em.persist(rubric);
        } else {
            rubric = find(actorId, draft.id())
                    .filter(r -> r.getOfferingId() == draft.offeringId())
                    .orElseThrow(() -> new BusinessException("rubric.notFound"));
            ConcurrentEdit.check(rubric.getVersion(), draft.version());
            if (isInUse(rubric.getId())) {
                throw new BusinessException("rubric.inUse");
            }
            rubric.rename(draft.name());
            rubric.clear();
            em.flush(); // the old criteria go before the new ones arrive
        }
        for (CriterionDraft c : draft.criteria()) {
            if (c.levels().isEmpty()) {
                throw new BusinessException("rubric.noLevels");
            }
            Criterion criterion = rubric.addCriterion(c.nameEn(), c.nameRu());
            c.levels().forEach(l -> criterion.addLevel(l.labelEn(), l.labelRu(), l.points()));
        }
        em.flush();
        audit.record(
                actorId,
                SUBJECT,
                rubric.getId(),
                "DEFINE",
                null,
                null,
                rubric.getCriteria().size() + " criteria, max " + rubric.maxPoints());
        return rubric;
    }

    private void requireNoOther(Draft draft) {
        boolean taken = ofOffering(draft.offeringId()).stream()
                .anyMatch(r -> java.util.Objects.equals(r.getAssignmentId(), draft.assignmentId()));
        if (taken) {
            throw new BusinessException("rubric.exists");
        }
    }

    /** Whether a review has chosen a level of this rubric: its criteria are then fixed. */
    public boolean isInUse(long rubricId) {
        Number used = (Number) em.createNativeQuery("SELECT COUNT(*) FROM review_levels rl"
                        + " JOIN rubric_criteria c ON c.id = rl.criterion_id WHERE c.rubric_id = ?1")
                .setParameter(1, rubricId)
                .getSingleResult();
        return used.longValue() > 0;
    }

    /** The assignment's pass mark and blind switch (the defaults until someone sets them). */
    public AssignmentGrading settings(long assignmentId) {
        return Optional.ofNullable(em.find(AssignmentGrading.class, assignmentId))
                .orElseGet(() -> new AssignmentGrading(assignmentId));
    }

    /** The assignment's pass mark, blind switch and mark-by date (null: none), as the staff member loaded them. */
    public AssignmentGrading saveSettings(
            long actorId, long assignmentId, long loadedVersion, BigDecimal passMark, boolean blind, Instant markBy) {
        Staff.staff(em, actorId);
        Assignment assignment = assignments.get(actorId, assignmentId);
        AssignmentGrading settings = em.find(AssignmentGrading.class, assignmentId);
        if (settings == null) {
            settings = new AssignmentGrading(assignmentId);
            em.persist(settings);
        } else {
            ConcurrentEdit.check(settings.getVersion(), loadedVersion);
        }
        settings.change(passMark, blind, markBy, assignment.getDueAt());
        audit.record(
                actorId,
                "Assignment",
                assignmentId,
                "GRADING_SETTINGS",
                null,
                null,
                "pass mark " + passMark + (blind ? ", blind" : "") + (markBy == null ? "" : ", mark by " + markBy));
        return settings;
    }
}

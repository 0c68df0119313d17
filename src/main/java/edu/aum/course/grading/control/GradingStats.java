package edu.aum.course.grading.control;

import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Teaching;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.api.Review;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Dashboard figures: essays per state, each marker's backlog, and the released scores of an assignment, of the
 * offerings the reader works on (an instructor's teams', an admin's all), optionally of one of them.
 */
@Stateless
public class GradingStats {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseService courses;

    /** A marker and the essays they hold that are not yet decided. */
    public record Backlog(String marker, long essays) implements java.io.Serializable {
        public String getMarker() {
            return marker;
        }

        public long getEssays() {
            return essays;
        }
    }

    /** A released score and its result. */
    public record Score(BigDecimal score, SubmissionResult result) {
        public boolean passed() {
            return result == SubmissionResult.PASS;
        }
    }

    /** How many of these released scores passed. */
    public static int passes(List<Score> scores) {
        return (int) scores.stream().filter(Score::passed).count();
    }

    /**
     * The scope of the figures: the reader's offerings, or the one given (refused as not found when it is not
     * one of theirs).
     */
    private Teaching scope(long actorId, Long offeringId) {
        Teaching teaching = courses.teaching(actorId);
        if (offeringId != null) {
            courses.getOffering(teaching, offeringId);
        }
        return teaching;
    }

    private static String offering(String path, Long offeringId) {
        return offeringId == null ? "" : " AND " + path + ".id = :offering";
    }

    private static <Q extends jakarta.persistence.Query> Q bind(Q query, Teaching teaching, Long offeringId) {
        if (offeringId != null) {
            query.setParameter("offering", offeringId);
        }
        return teaching.bind(query);
    }

    /** How many essays (their latest versions) are in each state since submission. */
    public Map<SubmissionStatus, Long> perState(long actorId, Long offeringId) {
        Teaching teaching = scope(actorId, offeringId);
        Map<SubmissionStatus, Long> counts = new EnumMap<>(SubmissionStatus.class);
        for (SubmissionStatus s : SubmissionStatus.values()) {
            if (s != SubmissionStatus.DRAFT) {
                counts.put(s, 0L);
            }
        }
        var query = em.createQuery(
                "SELECT s.status, COUNT(r) FROM Review r JOIN r.submission s JOIN s.assignment a WHERE r.latest = TRUE"
                        + " AND " + teaching.condition("a.offering") + offering("a.offering", offeringId)
                        + " GROUP BY s.status",
                Object[].class);
        bind(query, teaching, offeringId)
                .getResultList()
                .forEach(row -> counts.put((SubmissionStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Each marker's claimed essays still in marking, most first. */
    public List<Backlog> backlog(long actorId, Long offeringId) {
        Teaching teaching = scope(actorId, offeringId);
        var query = em.createQuery(
                "SELECT m.fullName, COUNT(r) FROM Review r JOIN r.marker m JOIN r.submission s JOIN s.assignment a"
                        + " WHERE r.latest = TRUE AND s.status IN :open AND " + teaching.condition("a.offering")
                        + offering("a.offering", offeringId)
                        + " GROUP BY m.id, m.fullName ORDER BY COUNT(r) DESC, m.fullName",
                Object[].class);
        return bind(query, teaching, offeringId)
                .setParameter("open", List.copyOf(Review.TO_BE_MARKED))
                .getResultStream()
                .map(row -> new Backlog((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    /** The released scores of an assignment (the figures of its grade distribution); not found outside the scope. */
    public List<Score> released(long actorId, long assignmentId) {
        Teaching teaching = courses.teaching(actorId);
        var query = em.createQuery(
                "SELECT s FROM Submission s JOIN s.assignment a WHERE a.id = :assignment AND s.status = :released"
                        + " AND " + teaching.condition("a.offering"),
                Submission.class);
        return teaching.bind(query)
                .setParameter("assignment", assignmentId)
                .setParameter("released", SubmissionStatus.RELEASED)
                .getResultStream()
                .map(s -> new Score(s.getScore().orElseThrow(), s.getResult().orElseThrow()))
                .toList();
    }

    /** The assignments that have released essays, most first. */
    public List<Assignment> gradedAssignments(long actorId, Long offeringId) {
        Teaching teaching = scope(actorId, offeringId);
        var query = em.createQuery(
                "SELECT a.id, COUNT(s) FROM Submission s JOIN s.assignment a WHERE s.status = :released AND "
                        + teaching.condition("a.offering") + offering("a.offering", offeringId)
                        + " GROUP BY a.id ORDER BY COUNT(s) DESC, a.id",
                Object[].class);
        return bind(query, teaching, offeringId)
                .setParameter("released", SubmissionStatus.RELEASED)
                .getResultStream()
                .map(row -> em.find(Assignment.class, ((Number) row[0]).longValue()))
                .toList();
    }
}

package edu.aum.course.grading.control;

import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.api.Review;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Dashboard figures: essays per state, each marker's backlog, and the released scores of an assignment. */
@Stateless
public class GradingStats {

    @PersistenceContext
    EntityManager em;

    /** A marker and the essays they hold that are not yet decided. */
    public record Backlog(String marker, long essays) {
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

    /** How many essays (their latest versions) are in each state since submission, optionally of one offering. */
    public Map<SubmissionStatus, Long> perState(Long offeringId) {
        Map<SubmissionStatus, Long> counts = new EnumMap<>(SubmissionStatus.class);
        for (SubmissionStatus s : SubmissionStatus.values()) {
            if (s != SubmissionStatus.DRAFT) {
                counts.put(s, 0L);
            }
        }
        var query = em.createQuery(
                "SELECT s.status, COUNT(r) FROM Review r JOIN r.submission s WHERE r.latest = TRUE"
                        + (offeringId == null ? "" : " AND s.assignment.offering.id = :offering")
                        + " GROUP BY s.status",
                Object[].class);
        if (offeringId != null) {
            query.setParameter("offering", offeringId);
        }
        query.getResultList().forEach(row -> counts.put((SubmissionStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Each marker's claimed essays still in marking, most first. */
    public List<Backlog> backlog() {
        return em.createQuery(
                        "SELECT m.fullName, COUNT(r) FROM Review r JOIN r.marker m JOIN r.submission s"
                                + " WHERE r.latest = TRUE AND s.status IN :open GROUP BY m.id, m.fullName ORDER BY COUNT(r) DESC, m.fullName",
                        Object[].class)
                .setParameter("open", List.copyOf(Review.TO_BE_MARKED))
                .getResultStream()
                .map(row -> new Backlog((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    /** The released scores of an assignment (the figures of its grade distribution). */
    public List<Score> released(long assignmentId) {
        return em.createQuery(
                        "SELECT s FROM edu.aum.course.essay.api.Submission s WHERE s.assignment.id = :assignment"
                                + " AND s.status = :released",
                        edu.aum.course.essay.api.Submission.class)
                .setParameter("assignment", assignmentId)
                .setParameter("released", SubmissionStatus.RELEASED)
                .getResultStream()
                .map(s -> new Score(s.getScore().orElseThrow(), s.getResult().orElseThrow()))
                .toList();
    }

    /** The assignments that have released essays, most first. */
    public List<edu.aum.course.essay.api.Assignment> gradedAssignments() {
        return em.createQuery(
                        "SELECT s.assignment.id, COUNT(s) FROM edu.aum.course.essay.api.Submission s"
                                + " WHERE s.status = :released GROUP BY s.assignment.id ORDER BY COUNT(s) DESC",
                        Object[].class)
                .setParameter("released", SubmissionStatus.RELEASED)
                .getResultStream()
                .map(row -> em.find(edu.aum.course.essay.api.Assignment.class, ((Number) row[0]).longValue()))
                .toList();
    }
}

package edu.aum.course.grading.api;

import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.entity.InlineComment;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The released inline comments of an enrollment's essays, for the features above grading that show released
 * feedback (partner staff, when the student shares grades): the comments' words only, by submission, never the
 * quoted passages, since the essay's text is not theirs to read.
 */
@Stateless
public class InlineComments {

    @PersistenceContext
    EntityManager em;

    public Map<Long, List<String>> releasedOf(long enrollmentId) {
        Map<Long, List<String>> bySubmission = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT r.submission.id, c FROM InlineComment c, Review r WHERE r.id = c.reviewId"
                                + " AND r.latest = TRUE AND r.submission.enrollment.id = :enrollment"
                                + " AND r.submission.status = :released ORDER BY c.startOffset, c.id",
                        Object[].class)
                .setParameter("enrollment", enrollmentId)
                .setParameter("released", SubmissionStatus.RELEASED)
                .getResultStream()
                .forEach(row -> bySubmission
                        .computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>())
                        .add(((InlineComment) row[1]).getText()));
        return bySubmission;
    }
}

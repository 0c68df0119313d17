package edu.aum.course.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.EssaySubmitted;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.Intake;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.university.api.University;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Similarity as the application computes it: the essay enters the queue in the submission's transaction
 * (Intake.onSubmitted), the comparison follows after the commit (Intake.compare, which SimilarityObserver
 * starts on another thread); both essays of a similar pair name each other.
 */
class SimilarityServiceIT {

    static final String ORIGINAL = "<p>The Cold War shaped the rivalry between the two powers for four decades,"
            + " and its end changed how both of them saw the world and their place in it.</p>";
    static final String COPY = "<p>The Cold War shaped the rivalry between the two powers for four decades,"
            + " and its end changed how both of them saw the world and their own place in it.</p>";
    static final String OTHER = "<p>Arms control treaties limited missiles, yet trust grew slowly and"
            + " verification mattered more than any promise made by leaders.</p>";

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    @Test
    void bothEssaysOfASimilarPairNameEachOtherAndAnUnlikeOneNeither() {
        University university = data.university(false);
        Offering offering = data.offering(null, 1);
        Assignment assignment = data.assignment(offering, true);
        List<Account> students =
                List.of(data.student("First Writer"), data.student("Other Writer"), data.student("Copy Writer"));
        students.forEach(s -> data.enroll(s, offering, university));

        Review original = submit(students.get(0), assignment, ORIGINAL);
        assertNull(original.getSimilarTo(), "alone in the assignment, it has no match");
        assertEquals(0, original.getSimilarity().signum());
        Review other = submit(students.get(1), assignment, OTHER);
        long versions = latest(original).getVersion() + latest(other).getVersion();
        Review copy = submit(students.get(2), assignment, COPY);
        original = latest(original);
        other = latest(other);

        assertEquals(original.getSubmission().getId(), copy.getSimilarTo().getId(), "the newer one names the first");
        assertEquals(copy.getSubmission().getId(), original.getSimilarTo().getId(), "and the first names the newer");
        assertEquals(copy.getSimilarity(), original.getSimilarity(), "with the same share");
        assertTrue(
                copy.getSimilarity().compareTo(new BigDecimal("0.5")) > 0,
                copy.getSimilarity().toString());
        assertTrue(other.getSimilarity().compareTo(new BigDecimal("0.1")) < 0, "the unlike one shares little");
        assertEquals(
                versions,
                original.getVersion() + other.getVersion(),
                "a background comparison leaves the versions a marker loaded alone");
    }

    /** Submits, hands the event to the queue's intake, then (as after the commit) to the comparison. */
    private Review submit(Account student, Assignment assignment, String html) {
        tier.clock().advance(Duration.ofMinutes(5));
        tier.service(SubmissionService.class).submit(student.getId(), assignment.getId(), html, true);
        Intake intake = tier.service(Intake.class);
        List<EssaySubmitted> fired = tier.takeFired(EssaySubmitted.class);
        fired.forEach(intake::onSubmitted);
        fired.forEach(intake::compare);
        return latest(fired.get(0).submissionId());
    }

    private Review latest(Review review) {
        return latest(review.getSubmission().getId());
    }

    private Review latest(long submissionId) {
        tier.em().flush();
        tier.em().clear(); // the comparison writes by bulk update: read what the database holds
        return tier.em()
                .createNamedQuery(Review.LATEST_OF, Review.class)
                .setParameter("submission", submissionId)
                .getSingleResult();
    }
}

package edu.aum.course.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.QueueFilter;
import edu.aum.course.grading.control.QueueFilter.Scope;
import edu.aum.course.grading.control.QueueService;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.university.api.University;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The marking queue's query on the real schema: its outer join on the marker, its filters, its sorting and
 * paging, and the atomic claim. Every filter names this test's offering, as the database may hold others.
 */
class QueueServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    QueueService queue;
    Offering offering;
    Assignment first;
    Assignment second;
    Account aaron;
    Account zoe;
    /** Claimed by Aaron, by Zoe, and two nobody claimed (the second one late), in the order they came in. */
    Review aarons;

    Review zoes;
    Review open;
    Review late;

    @BeforeEach
    void fourEssaysInTheQueue() {
        queue = tier.service(QueueService.class);
        University university = data.university(false);
        offering = data.offering(null, 2);
        first = data.assignment(offering, true);
        second = data.assignment(offering, true);
        aaron = data.instructor("Aaron Abbott", offering);
        zoe = data.instructor("Zoe Zimmerman", offering);
        List<Account> students = List.of(
                data.student("Student One"),
                data.student("Student Two"),
                data.student("Student Three"),
                data.student("Student Four"));
        students.forEach(s -> data.enroll(s, offering, university));

        aarons = data.submit(students.get(0), first, 300);
        tier.clock().advance(Duration.ofHours(1));
        zoes = data.submit(students.get(1), first, 100);
        tier.clock().advance(Duration.ofHours(1));
        open = data.submit(students.get(2), second, 200);
        tier.clock().advance(Duration.ofDays(3)); // past the due time, before the cut-off
        late = data.submit(students.get(3), first, 400);
        queue.claim(aaron.getId(), aarons.getId());
        queue.claim(zoe.getId(), zoes.getId());
    }

    @Test
    void everybodysEssaysIncludeTheUnclaimedOnesAndNobodysAreOnlyThose() {
        assertEquals(List.of("aarons", "zoes", "open", "late"), page(Scope.ALL, null, null));
        assertEquals(List.of("open", "late"), page(Scope.UNCLAIMED, null, null));
        assertEquals(2, queue.count(aaron.getId(), filter(Scope.UNCLAIMED, null, null)));
    }

    @Test
    void mineAreTheEssaysTheMarkerClaimed() {
        assertEquals(List.of("aarons"), mine(aaron));
        assertEquals(List.of("zoes"), mine(zoe));
    }

    @Test
    void theQueueFiltersByOfferingAssignmentLatenessAndState() {
        assertEquals(
                List.of("open"),
                names(queue.page(
                        aaron.getId(),
                        new QueueFilter(offering.getId(), second.getId(), null, null, Scope.ALL),
                        null,
                        true,
                        0,
                        9)));
        assertEquals(List.of("late"), page(Scope.ALL, null, true));
        assertEquals(List.of("aarons", "zoes", "open"), page(Scope.ALL, null, false));
        assertEquals(List.of("aarons", "zoes"), page(Scope.ALL, SubmissionStatus.IN_MARKING, null));
        assertEquals(List.of("open", "late"), page(Scope.ALL, SubmissionStatus.SUBMITTED, null));
        QueueFilter elsewhere = new QueueFilter(data.offering(null, 2).getId(), null, null, null, Scope.ALL);
        assertEquals(0, queue.count(aaron.getId(), elsewhere), "another offering's queue is empty");
    }

    @Test
    void withoutAChosenStateTheQueueShowsOnlyWhatIsStillToBeMarkedOrReleased() {
        SubmissionService submissions = tier.service(SubmissionService.class);
        submissions.transition(aaron.getId(), aarons.getSubmission().getId(), SubmissionStatus.READY_FOR_RELEASE, "");
        submissions.transition(zoe.getId(), zoes.getSubmission().getId(), SubmissionStatus.REVISION_REQUESTED, "");

        assertEquals(List.of("aarons", "open", "late"), page(Scope.ALL, null, null));
        assertEquals(List.of("zoes"), page(Scope.ALL, SubmissionStatus.REVISION_REQUESTED, null));
    }

    @Test
    void aReviewLeavesTheQueueWhenReleasedOrSentBackAndTheResubmissionTakesItsPlace() {
        assertTrue(open.isQueued() && late.isQueued() && aarons.isQueued(), "every new review waits");
        data.release(aaron, open, "30", SubmissionResult.PASS);
        assertFalse(open.isQueued(), "released");

        queue.claim(zoe.getId(), late.getId());
        late.askForRevision("Say more about 1991.", tier.clock().instant());
        tier.service(SubmissionService.class)
                .transition(zoe.getId(), late.getSubmission().getId(), SubmissionStatus.REVISION_REQUESTED, "");
        assertFalse(late.isQueued(), "sent back for revision");
        assertEquals(List.of("aarons", "zoes"), page(Scope.ALL, null, null));

        Review again = data.submit(late.getSubmission().getEnrollment().getStudent(), first, 450);
        assertTrue(again.isQueued(), "the new version waits");
        assertFalse(late.isQueued(), "the old one stays history");
        tier.em().flush();
        assertEquals(3, queue.count(aaron.getId(), filter(Scope.ALL, null, null)));
        assertEquals(List.of("another"), page(Scope.UNCLAIMED, null, null), "the resubmitted version, unclaimed");
    }

    @Test
    void theCountReadFromTheIndexAgreesWithThePageForEveryFilter() {
        data.release(aaron, open, "30", SubmissionResult.PASS); // out of the queue: counted by neither
        tier.em().flush();
        for (Scope scope : Scope.values()) {
            for (Boolean lateness : new Boolean[] {null, true, false}) {
                for (SubmissionStatus status : new SubmissionStatus[] {null, SubmissionStatus.SUBMITTED}) {
                    QueueFilter filter = filter(scope, status, lateness);
                    assertEquals(
                            queue.page(aaron.getId(), filter, null, true, 0, 50).size(),
                            queue.count(aaron.getId(), filter),
                            scope + " late=" + lateness + " status=" + status);
                }
            }
        }
        assertEquals(3, queue.count(aaron.getId(), filter(Scope.ALL, null, null)));
        Account stranger = data.instructor("Stranger Danger", data.offering(null, 2));
        assertEquals(
                0, queue.count(stranger.getId(), new QueueFilter(null, null, null, null, Scope.ALL)), "not theirs");
    }

    @Test
    void theQueueSortsAndPages() {
        assertEquals(List.of("late", "open", "zoes", "aarons"), sorted("waitingSince", false, 0, 9));
        assertEquals(List.of("zoes", "open", "aarons", "late"), sorted("wordCount", true, 0, 9));
        List<String> claimed = List.of("aarons", "zoes"); // where nobody's go depends on the database's NULL order
        assertEquals(
                claimed,
                sorted("marker", true, 0, 9).stream().filter(claimed::contains).toList());
        assertEquals(List.of("zoes", "aarons"), sorted("marker", false, 0, 2));
        assertEquals(List.of("zoes", "open"), sorted("waitingSince", true, 1, 2));
        assertEquals(4, queue.count(aaron.getId(), filter(Scope.ALL, null, null)));
    }

    @Test
    void anEssayIsClaimedOnceAndTheNextOneIsTheOneWaitingLongest() {
        Review claimed = queue.claim(aaron.getId(), late.getId());
        assertEquals(aaron, claimed.getMarker());
        assertEquals(SubmissionStatus.IN_MARKING, claimed.getSubmission().getStatus());
        BusinessException taken = assertThrows(BusinessException.class, () -> queue.claim(zoe.getId(), late.getId()));
        assertEquals("grading.claim.taken", taken.key());

        QueueFilter ours = filter(Scope.ALL, null, null);
        assertEquals(
                List.of("open"),
                names(queue.claimNext(zoe.getId(), ours).stream().toList()));
        assertTrue(queue.claimNext(zoe.getId(), ours).isEmpty(), "nothing unclaimed is left");
        assertEquals(List.of("zoes", "open"), mine(zoe));
    }

    @Test
    void anEssayGivenBackIsSubmittedAgainWithNobodyMarkingItAndAudited() {
        Review given = queue.unclaim(aaron.getId(), aarons.getId(), aarons.getVersion());

        assertEquals(null, given.getMarker());
        assertEquals(SubmissionStatus.SUBMITTED, given.getSubmission().getStatus());
        assertEquals(List.of("zoes"), page(Scope.ALL, SubmissionStatus.IN_MARKING, null));
        assertEquals(List.of("aarons", "open", "late"), page(Scope.UNCLAIMED, null, null));
        assertEquals(
                1,
                tier
                        .service(AuditLog.class)
                        .of(SubmissionService.SUBJECT, aarons.getSubmission().getId())
                        .stream()
                        .filter(e -> "IN_MARKING".equals(e.getFromState()) && "SUBMITTED".equals(e.getToState()))
                        .count(),
                "the give-back is in the audit log");

        Review again = queue.claim(zoe.getId(), aarons.getId());
        assertEquals(SubmissionStatus.IN_MARKING, again.getSubmission().getStatus(), "claimed again, in marking");
    }

    /** This offering's queue. */
    private QueueFilter filter(Scope scope, SubmissionStatus status, Boolean late) {
        return new QueueFilter(offering.getId(), null, status, late, scope);
    }

    /** This offering's queue as Aaron sees it, oldest first. */
    private List<String> page(Scope scope, SubmissionStatus status, Boolean late) {
        return names(queue.page(aaron.getId(), filter(scope, status, late), "waitingSince", true, 0, 50));
    }

    private List<String> mine(Account marker) {
        return names(queue.page(marker.getId(), filter(Scope.MINE, null, null), null, true, 0, 9));
    }

    private List<String> sorted(String field, boolean ascending, int first, int size) {
        return names(queue.page(aaron.getId(), filter(Scope.ALL, null, null), field, ascending, first, size));
    }

    /** Each essay by its name in this test. */
    private List<String> names(List<Review> reviews) {
        Map<Review, String> names = Map.of(aarons, "aarons", zoes, "zoes", open, "open", late, "late");
        return reviews.stream().map(r -> names.getOrDefault(r, "another")).toList();
    }
}

package edu.aum.course.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.control.PasswordHasher;
import edu.aum.course.certificate.control.BatchStore;
import edu.aum.course.certificate.control.CertificateService;
import edu.aum.course.certificate.control.CertificateWorks;
import edu.aum.course.certificate.control.EligibilityService;
import edu.aum.course.certificate.control.IssuanceService;
import edu.aum.course.certificate.control.Standing;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.EssaySubmitted;
import edu.aum.course.essay.api.Submission;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.Intake;
import edu.aum.course.grading.control.ReleaseService;
import edu.aum.course.grading.control.StudentResult;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.testsupport.ServiceTier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo data, loaded as DEMO_DATA=true loads it (DemoData, then DemoGrading), through the services on this
 * database, inside the test's transaction (rolled back after; on a database that already holds the demo, as CI's
 * shared one may, the same checks run over that one). Every released essay of every demo student shows its score,
 * a level per criterion and feedback on the student's page, and eligibility counts exactly the released passes;
 * Anna's certificate is issued by the batch, after her last essay (a certificate completes the enrollment).
 */
class DemoDataServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    @Test
    void everyReleasedDemoEssayShowsItsMarkingAndEligibilityCountsExactlyTheReleasedPasses() throws Exception {
        tier.observe(EssaySubmitted.class, tier.service(Intake.class)::onSubmitted); // the queue's review, at once
        var demoData = Settings.class.getDeclaredField("demoData");
        demoData.setAccessible(true);
        demoData.set(tier.service(Settings.class), true);
        var hash = PasswordHasher.class.getDeclaredField("hash"); // PBKDF2 is the container's: a stand-in's hash here
        hash.setAccessible(true);
        hash.set(
                tier.service(PasswordHasher.class),
                java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash.class},
                        (proxy, method, args) -> method.getName().equals("generate") ? "not-a-hash" : null));
        // a certificate batch is worked at once, as BatchRunner works it after the commit
        tier.observe(IssuanceService.BatchStarted.class, started -> {
            BatchStore store = tier.service(BatchStore.class);
            store.pending(started.batchId())
                    .forEach(item -> store.prepare(item)
                            .ifPresent(p -> store.store(
                                    p,
                                    tier.service(CertificateWorks.class)
                                            .engine()
                                            .issue(p.template(), p.data()))));
        });
        tier.service(DemoData.class); // its @PostConstruct loads the demo, as at a start in demo mode
        tier.service(DemoGrading.class);

        long anna = tier.service(edu.aum.course.account.api.AccountService.class)
                .findByEmail("student@demo.edu")
                .orElseThrow()
                .getId();
        assertEquals(1, tier.service(CertificateService.class).ofStudent(anna).size(), "Anna's certificate");

        List<Submission> released = tier.em()
                .createQuery(
                        "SELECT s FROM Submission s WHERE s.status = :released"
                                + " AND s.enrollment.student.email LIKE '%@demo.edu'",
                        Submission.class)
                .setParameter("released", SubmissionStatus.RELEASED)
                .getResultList();
        assertTrue(released.size() >= 80, "last year's class, partner and grading demos: " + released.size());
        for (Submission essay : released) {
            String who = essay.getEnrollment().getStudent().getEmail() + " / "
                    + essay.getAssignment().getTitleEn();
            StudentResult shown = tier.service(ReleaseService.class)
                    .forStudent(
                            essay.getEnrollment().getStudent().getId(),
                            essay.getAssignment().getId())
                    .orElseThrow(() -> new AssertionError(who + ": nothing shown"));
            Review review = shown.getReleased();
            assertNotNull(review, who + ": no released marking");
            assertEquals(
                    essay.getScore().orElseThrow(), review.getScore(), who + ": the score counted is the one shown");
            assertEquals(essay.getResult().orElseThrow(), review.getResult(), who);
            assertFalse(review.getFeedbackHtml().isBlank(), who + ": no feedback");
            assertFalse(shown.getLines().isEmpty(), who + ": no rubric lines");
            shown.getLines().forEach(line -> assertNotNull(line.getLevel(), who + ": " + line.getCriterion()));
        }

        for (Offering offering :
                tier.service(edu.aum.course.enrollment.api.CourseService.class).offerings()) {
            if (!offering.getCourse().getCode().equals(DemoData.SEED_COURSE)) {
                continue;
            }
            for (Standing standing : tier.service(EligibilityService.class).ofOffering(offering.getId())) {
                long releasedPasses = tier.em()
                        .createQuery(
                                "SELECT COUNT(r) FROM Review r, Submission s WHERE r.submission = s"
                                        + " AND s.enrollment.id = :enrollment AND s.assignment.countsForCertificate = TRUE"
                                        + " AND r.result = :pass AND s.status = :released",
                                Long.class)
                        .setParameter("enrollment", standing.enrollmentId())
                        .setParameter("pass", SubmissionResult.PASS)
                        .setParameter("released", SubmissionStatus.RELEASED)
                        .getResultStream()
                        .findFirst()
                        .orElse(0L);
                long shownPasses = released.stream()
                        .filter(s -> s.getEnrollment().getId().equals(standing.enrollmentId()))
                        .filter(s -> s.getAssignment().isCountsForCertificate())
                        .map(s -> tier.service(ReleaseService.class)
                                .forStudent(
                                        s.getEnrollment().getStudent().getId(),
                                        s.getAssignment().getId())
                                .orElseThrow()
                                .getReleased())
                        .filter(r -> r.getResult() == SubmissionResult.PASS)
                        .count();
                String who = standing.enrollment().getStudent().getEmail();
                assertEquals(shownPasses, standing.tally().passed(), who + ": passed as eligibility counts them");
                assertEquals(releasedPasses, shownPasses, who);
            }
        }
        demoTeams();
    }

    /**
     * John Miller teaches both offerings of the seed course; Elena Morozova this year's alone, so her queue and the
     * pages of last year's essays (hers too) are not hers (where the demo set the team: one older than V19 keeps
     * every instructor on every team).
     */
    private void demoTeams() {
        var courses = tier.service(edu.aum.course.enrollment.api.CourseService.class);
        var accounts = tier.service(edu.aum.course.account.api.AccountService.class);
        long john = accounts.findByEmail("instructor@demo.edu").orElseThrow().getId();
        long elena = accounts.findByEmail("instructor2@demo.edu").orElseThrow().getId();
        // the demo's two offerings of the seed course are its first; on a shared database (CI) other tests add more
        List<Offering> demo = courses.offerings().stream()
                .filter(o -> o.getCourse().getCode().equals(DemoData.SEED_COURSE))
                .sorted(java.util.Comparator.comparing(Offering::getId))
                .limit(2)
                .toList();
        for (Offering offering : demo) {
            assertTrue(
                    offering.isTaughtBy(john),
                    "John teaches " + offering.getSchedule().getStartsOn());
            // last year's is the earlier of the two (not judged by a clock: on a shared database the server seeded
            // the demo at its own time)
            boolean past = offering.getSchedule()
                    .getStartsOn()
                    .isBefore(demo.get(demo.size() - 1 - demo.indexOf(offering))
                            .getSchedule()
                            .getStartsOn());
            if (!past) {
                assertTrue(offering.isTaughtBy(elena), "Elena teaches this year's offering");
            } else if (offering.getTeamChangedAt().isPresent()) {
                assertFalse(offering.isTaughtBy(elena), "Elena is not on last year's team");
                assertTrue(
                        tier.service(edu.aum.course.grading.control.QueueService.class)
                                .page(
                                        elena,
                                        new edu.aum.course.grading.control.QueueFilter(
                                                offering.getId(), null, SubmissionStatus.RELEASED, null, null),
                                        null,
                                        true,
                                        0,
                                        5)
                                .isEmpty(),
                        "last year's released essays are not in her queue");
            }
        }
    }
}

package edu.aum.course.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.WordBounds;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.GradingStats;
import edu.aum.course.grading.control.MarkingService;
import edu.aum.course.grading.control.QueueFilter;
import edu.aum.course.grading.control.QueueService;
import edu.aum.course.grading.control.ReleaseService;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.grading.control.StandardRubric;
import edu.aum.course.grading.entity.Rubric;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.university.api.University;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Teaching teams on the real schema: Olive teaches offering "ours", Thea offering "theirs"; each service's query
 * and lookup gives Olive only hers and answers another team's ids as not found (the same as an unknown id), while
 * an admin sees both. Every list is narrowed to this test's two offerings, as the database may hold others.
 */
class TeachingTeamsServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    QueueService queue;
    MarkingService marking;
    RubricService rubrics;
    AssignmentService assignments;
    GradingStats stats;
    CourseService courses;
    Offering ours;
    Offering theirs;
    Account olive;
    Account thea;
    Account admin;
    Assignment ourEssay;
    Assignment theirEssay;
    Review ourReview;
    Review theirReview;
    Enrollment theirStudent;

    @BeforeEach
    void twoOfferingsTwoTeams() {
        queue = tier.service(QueueService.class);
        marking = tier.service(MarkingService.class);
        rubrics = tier.service(RubricService.class);
        assignments = tier.service(AssignmentService.class);
        stats = tier.service(GradingStats.class);
        courses = tier.service(CourseService.class);
        University university = data.university(false);
        ours = data.offering(null, 1);
        theirs = data.offering(null, 1);
        olive = data.instructor("Olive Ours", ours);
        thea = data.instructor("Thea Theirs", theirs);
        admin = data.admin("Ada Admin");
        ourEssay = data.assignment(ours, true);
        theirEssay = data.assignment(theirs, true);
        for (Offering offering : List.of(ours, theirs)) {
            rubrics.save(
                    admin.getId(),
                    new RubricService.Draft(
                            null, 0, offering.getId(), null, StandardRubric.NAME, StandardRubric.CRITERIA));
        }
        Account mine = data.student("Student Ours");
        Account other = data.student("Student Theirs");
        data.enroll(mine, ours, university);
        theirStudent = data.enroll(other, theirs, university);
        ourReview = data.submit(mine, ourEssay, 100);
        tier.clock().advance(Duration.ofMinutes(5));
        theirReview = data.submit(other, theirEssay, 100);
    }

    @Test
    void theQueueOfAnInstructorHoldsOnlyTheEssaysOfTheOfferingsTheyTeach() {
        assertEquals(List.of("ours"), queued(olive));
        assertEquals(List.of("theirs"), queued(thea));
        assertEquals(List.of("ours", "theirs"), queued(admin));
        QueueFilter theirQueue = new QueueFilter(theirs.getId(), null, null, null, QueueFilter.Scope.ALL);
        assertEquals(0, queue.count(olive.getId(), theirQueue), "filtering by another team's offering finds nothing");
        assertEquals(1, queue.count(admin.getId(), theirQueue));
    }

    @Test
    void anotherTeamsEssayCannotBeOpenedClaimedOrClaimedNext() {
        assertTrue(queue.find(olive.getId(), theirReview.getId()).isEmpty());
        assertTrue(marking.find(olive.getId(), theirReview.getId()).isEmpty());
        assertTrue(marking.find(olive.getId(), Long.MAX_VALUE).isEmpty(), "the same as an unknown id");
        assertNotFound("grading.notFound", () -> marking.open(olive.getId(), theirReview.getId()));
        assertNotFound("grading.notFound", () -> queue.claim(olive.getId(), theirReview.getId()));
        assertEquals(null, theirReview.getMarker(), "the refused claim took nothing");

        Review next = queue.claimNext(olive.getId(), QueueFilter.unclaimed()).orElseThrow();
        assertEquals(ourReview, next, "claim next takes her own offering's essay, never another's");
        assertTrue(marking.find(olive.getId(), ourReview.getId()).isPresent());
        assertTrue(marking.find(admin.getId(), theirReview.getId()).isPresent(), "admins see all");
    }

    @Test
    void anotherTeamsEssayCannotBeSavedDecidedOrReleased() {
        queue.claim(thea.getId(), theirReview.getId());
        long version = theirReview.getVersion();
        assertNotFound(
                "grading.notFound",
                () -> marking.save(olive.getId(), theirReview.getId(), version, Map.of(), "<p>mine now</p>"));
        assertNotFound(
                "grading.notFound",
                () -> marking.readyForRelease(olive.getId(), theirReview.getId(), version, Map.of(), "<p>x</p>"));
        assertNotFound("grading.notFound", () -> queue.unclaim(olive.getId(), theirReview.getId(), version));

        marking.save(thea.getId(), theirReview.getId(), version, Map.of(), "<p>Thea's notes</p>");
        assertEquals("<p>Thea's notes</p>", theirReview.getFeedbackHtml(), "her own team's marker saves");
        theirReview.decide(
                new java.math.BigDecimal("30"),
                SubmissionResult.PASS,
                tier.clock().instant());
        tier.service(edu.aum.course.essay.api.SubmissionService.class)
                .transition(thea.getId(), theirReview.getSubmission().getId(), SubmissionStatus.READY_FOR_RELEASE, "");
        ReleaseService releases = tier.service(ReleaseService.class);
        assertNotFound("grading.notFound", () -> releases.release(olive.getId(), theirReview.getId()));
        assertNotFound("assignment.notFound", () -> releases.releaseAll(olive.getId(), theirEssay.getId()));
        assertEquals(
                SubmissionStatus.READY_FOR_RELEASE, theirReview.getSubmission().getStatus());
        assertEquals(1, releases.releaseAll(thea.getId(), theirEssay.getId()));
    }

    @Test
    void theDashboardCountsOnlyTheOfferingsTheReaderTeaches() {
        data.release(thea, theirReview, "30", SubmissionResult.PASS);
        queue.claim(olive.getId(), ourReview.getId());

        assertEquals(1L, stats.perState(olive.getId(), ours.getId()).get(SubmissionStatus.IN_MARKING));
        assertNotFound("offering.notFound", () -> stats.perState(olive.getId(), theirs.getId()));
        assertNotFound("offering.notFound", () -> stats.backlog(olive.getId(), theirs.getId()));
        assertNotFound("offering.notFound", () -> stats.gradedAssignments(olive.getId(), theirs.getId()));
        assertEquals(0L, stats.perState(olive.getId(), null).get(SubmissionStatus.RELEASED), "Thea's release");
        assertEquals(List.of(), stats.released(olive.getId(), theirEssay.getId()), "another team's scores are hidden");
        assertTrue(stats.gradedAssignments(olive.getId(), null).stream().noneMatch(theirEssay::equals));
        assertEquals(List.of("Olive Ours"), backlogNames(olive));

        assertEquals(1L, stats.perState(admin.getId(), theirs.getId()).get(SubmissionStatus.RELEASED));
        assertEquals(1, stats.released(admin.getId(), theirEssay.getId()).size());
        assertEquals(1, stats.released(thea.getId(), theirEssay.getId()).size());
        assertTrue(stats.gradedAssignments(thea.getId(), theirs.getId()).contains(theirEssay));
    }

    @Test
    void anotherTeamsRubricsCannotBeReadOrChanged() {
        Rubric theirRubric = rubrics.ofOffering(theirs.getId()).get(0);
        assertTrue(rubrics.find(olive.getId(), theirRubric.getId()).isEmpty());
        assertTrue(rubrics.find(thea.getId(), theirRubric.getId()).isPresent());
        assertNotFound("offering.notFound", () -> rubrics.ofOffering(olive.getId(), theirs.getId()));
        assertNotFound(
                "rubric.notFound",
                () -> rubrics.save(
                        olive.getId(),
                        new RubricService.Draft(
                                theirRubric.getId(),
                                theirRubric.getVersion(),
                                theirs.getId(),
                                null,
                                "Taken over",
                                StandardRubric.CRITERIA)));
        assertNotFound(
                "rubric.notFound",
                () -> rubrics.save(
                        olive.getId(),
                        new RubricService.Draft(
                                theirRubric.getId(),
                                theirRubric.getVersion(),
                                ours.getId(),
                                null,
                                "Another offering's id with my offering",
                                StandardRubric.CRITERIA)));
        assertNotFound(
                "assignment.notFound",
                () -> rubrics.saveSettings(olive.getId(), theirEssay.getId(), 0, java.math.BigDecimal.TEN, true, null));
        assertEquals(StandardRubric.NAME, theirRubric.getName());
        Rubric own = rubrics.save(
                olive.getId(),
                new RubricService.Draft(
                        null, 0, ours.getId(), ourEssay.getId(), "Olive's own", StandardRubric.CRITERIA));
        assertEquals(ourEssay.getId(), own.getAssignmentId());
    }

    @Test
    void anotherTeamsAssignmentsAndExtensionsCannotBeReadOrChanged() {
        assertTrue(assignments.find(olive.getId(), theirEssay.getId()).isEmpty());
        assertTrue(assignments.find(admin.getId(), theirEssay.getId()).isPresent());
        assertNotFound("offering.notFound", () -> assignments.ofOffering(olive.getId(), theirs.getId()));
        assertEquals(List.of(ourEssay), assignments.ofOffering(olive.getId(), ours.getId()));
        Assignment.Text text = new Assignment.Text("Hijack", "Захват", "Prompt.", "Задание.");
        Deadlines deadlines = new Deadlines(
                tier.clock().instant(),
                tier.clock().instant().plus(Duration.ofDays(3)),
                tier.clock().instant().plus(Duration.ofDays(4)));
        assertNotFound(
                "offering.notFound",
                () -> assignments.add(olive.getId(), theirs.getId(), text, deadlines, new WordBounds(1, 700), true));
        assertNotFound(
                "assignment.notFound",
                () -> assignments.edit(
                        olive.getId(),
                        theirEssay.getId(),
                        theirEssay.getVersion(),
                        text,
                        deadlines,
                        new WordBounds(1, 700),
                        true));
        assertTrue(theirEssay.getTitleEn().startsWith("Essay "), "unchanged");

        var later = theirEssay.getDueAt().plus(Duration.ofDays(2));
        assertNotFound(
                "assignment.notFound",
                () -> assignments.grantExtension(
                        olive.getId(),
                        theirEssay.getId(),
                        theirStudent.getId(),
                        later,
                        later.plus(Duration.ofDays(1))));
        assertNotFound("assignment.notFound", () -> assignments.extensionsOf(olive.getId(), theirEssay.getId()));
        assertNotFound("offering.notFound", () -> assignments.activeEnrollments(olive.getId(), theirs.getId()));
        assignments.grantExtension(
                thea.getId(), theirEssay.getId(), theirStudent.getId(), later, later.plus(Duration.ofDays(1)));
        assertEquals(
                1, assignments.extensionsOf(thea.getId(), theirEssay.getId()).size());
        assertEquals(
                1, assignments.activeEnrollments(admin.getId(), theirs.getId()).size());
    }

    @Test
    void allocationOffersTheOfferingsTeamAndGivesEachEssayOnlyToItsTeam() {
        assertEquals(List.of(olive), queue.allocationCandidates(admin.getId(), ours.getId()));
        assertEquals(List.of(thea), queue.allocationCandidates(admin.getId(), theirs.getId()));
        List<Account> anyTeam = queue.allocationCandidates(admin.getId(), null);
        assertTrue(anyTeam.contains(olive) && anyTeam.contains(thea));

        assertNotFound(
                "grading.allocate.notOnTeam",
                () -> queue.allocate(admin.getId(), List.of(theirReview.getId()), List.of(olive.getId())));
        assertEquals(null, theirReview.getMarker(), "nothing was allocated");

        Map<String, Integer> given = queue.allocate(
                admin.getId(), List.of(ourReview.getId(), theirReview.getId()), List.of(olive.getId(), thea.getId()));
        assertEquals(Map.of("Olive Ours", 1, "Thea Theirs", 1), given);
        assertEquals(olive, ourReview.getMarker());
        assertEquals(thea, theirReview.getMarker());
        assertNotFound("grading.notAdmin", () -> queue.allocationCandidates(olive.getId(), ours.getId()));
    }

    @Test
    void anAdminSetsTheTeamAndAConcurrentChangeIsRefused() {
        long version = courses.getOffering(ours.getId()).getVersion();
        courses.changeTeam(admin.getId(), ours.getId(), version, List.of(olive.getId(), thea.getId()));
        assertEquals(List.of("Olive Ours", "Thea Theirs"), team(ours));
        assertTrue(queued(thea).contains("ours"), "Thea now sees our offering's essays");
        assertNotFound(
                ConcurrentEdit.MESSAGE,
                () -> courses.changeTeam(admin.getId(), ours.getId(), version, List.of(olive.getId())));
        assertEquals(List.of("Olive Ours", "Thea Theirs"), team(ours), "the stale save changed nothing");
        long now = courses.getOffering(ours.getId()).getVersion();
        assertTrue(now > version, "a change of the team raises the offering's version");
        assertNotFound(
                "offering.team.adminsOnly",
                () -> courses.changeTeam(olive.getId(), ours.getId(), now, List.of(olive.getId())));
        assertNotFound(
                "offering.team.notInstructor",
                () -> courses.changeTeam(admin.getId(), ours.getId(), now, List.of(admin.getId())));
        courses.changeTeam(admin.getId(), ours.getId(), now, List.of());
        assertEquals(List.of(), queued(olive), "off the team, she sees nothing of it");
        assertTrue(queued(admin).contains("ours"));
    }

    @Test
    void someoneWhoIsNotStaffHasNoScope() {
        Account student = data.student("Sam Student");
        assertNotFound("staff.notStaff", () -> courses.teaching(student.getId()));
        assertNotFound("staff.notStaff", () -> queue.count(student.getId(), QueueFilter.unclaimed()));
    }

    private List<String> team(Offering offering) {
        return courses.team(offering.getId()).stream().map(Account::getFullName).toList();
    }

    /** The essays this person sees in the whole queue, by their names here (those of other tests left out). */
    private List<String> queued(Account reader) {
        return queue
                .page(
                        reader.getId(),
                        new QueueFilter(null, null, null, null, QueueFilter.Scope.ALL),
                        "waitingSince",
                        true,
                        0,
                        10_000)
                .stream()
                .map(r -> r.equals(ourReview) ? "ours" : r.equals(theirReview) ? "theirs" : "other")
                .filter(name -> !name.equals("other"))
                .toList();
    }

    private List<String> backlogNames(Account reader) {
        return stats.backlog(reader.getId(), null).stream()
                .map(GradingStats.Backlog::marker)
                .toList();
    }

    /** Refused with this message (for another team's ids: the one an unknown id gets). */
    private static void assertNotFound(String key, Executable call) {
        assertEquals(key, assertThrows(BusinessException.class, call).key());
    }
}

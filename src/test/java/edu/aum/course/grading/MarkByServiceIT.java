package edu.aum.course.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.MarkByService;
import edu.aum.course.grading.control.RubricService;
import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.university.api.University;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The grading due date ("mark by"): never before the essays are due; the team of the assignment's offering (and
 * nobody else) is mailed once when the date is within 48 hours while essays are still open, again when the date is
 * changed, and not when nothing is open; an instructor's home lists the dates of their offerings with the essays open.
 */
class MarkByServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    MarkByService markBy;
    RubricService rubrics;
    Assignment essay;
    Assignment quiet;
    Account john;
    Account ann;
    Account other;
    Review waiting;

    @BeforeEach
    void anOfferingWithTwoInstructorsAndAnEssayWaiting() {
        markBy = tier.service(MarkByService.class);
        rubrics = tier.service(RubricService.class);
        University university = data.university(false);
        Offering offering = data.offering(null, 2);
        Offering elsewhere = data.offering(null, 2);
        essay = data.assignment(offering, true); // due in two days
        quiet = data.assignment(offering, true); // nobody submits
        john = data.instructor("John Marker", offering);
        ann = data.instructor("Ann Marker", offering);
        other = data.instructor("Other Team", elsewhere);
        Account student = data.student("Sam Student");
        data.enroll(student, offering, university);
        waiting = data.submit(student, essay, 300);
    }

    @Test
    void theDateIsNeverBeforeTheEssaysAreDue() {
        BusinessException refused = assertThrows(
                BusinessException.class, () -> set(essay, essay.getDueAt().minus(Duration.ofMinutes(1))));
        assertEquals("grading.markBy.beforeDue", refused.getMessage());
        assertEquals(null, rubrics.settings(essay.getId()).getMarkBy(), "nothing saved");
    }

    @Test
    void theTeamIsRemindedOnceWhenTheDateNearsAndAgainWhenItChanges() {
        Instant by = essay.getDueAt().plus(Duration.ofDays(3)); // five days from now
        set(essay, by);
        set(quiet, by);

        assertEquals(0, markBy.remind(), "five days ahead: too early");
        tier.clock().advance(Duration.ofDays(3).plusHours(1)); // 47 hours before the date
        assertEquals(1, markBy.remind(), "the assignment with an open essay; not the one with none");
        assertEquals(Set.of(ann.getEmail(), john.getEmail()), Set.copyOf(reminded()), "the offering's team");
        assertEquals(2, reminded().size(), "each once");
        assertTrue(
                mails().get(0).getBody().contains("1 essay is still open"),
                mails().get(0).getBody());

        assertEquals(0, markBy.remind(), "a date is reminded of once");
        set(essay, by.minus(Duration.ofHours(12)));
        assertEquals(1, markBy.remind(), "a changed date is reminded of again");
        assertEquals(4, reminded().size());

        assertEquals(1, markBy.upcoming(john.getId(), 5).size(), "John's home lists the date");
        MarkByService.Due due = markBy.upcoming(john.getId(), 5).get(0);
        assertEquals(essay.getId(), due.assignment().getId());
        assertEquals(1, due.open());
        assertTrue(markBy.upcoming(other.getId(), 5).isEmpty(), "another team sees nothing of it");
    }

    @Test
    void nothingOpenNothingToRemindOf() {
        data.release(john, waiting, "30", SubmissionResult.PASS);
        set(essay, essay.getDueAt().plus(Duration.ofHours(1)));

        assertEquals(0, markBy.remind());
        assertTrue(reminded().isEmpty());
        assertTrue(markBy.upcoming(john.getId(), 5).isEmpty(), "a date with every essay released is not listed");
    }

    private void set(Assignment assignment, Instant date) {
        var settings = rubrics.settings(assignment.getId());
        rubrics.saveSettings(
                data.setUp().getId(),
                assignment.getId(),
                settings.getVersion(),
                settings.getPassMark(),
                settings.isBlind(),
                date);
        tier.em().flush();
    }

    private List<OutboxMessage> mails() {
        return tier
                .em()
                .createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.template = :template ORDER BY m.recipient, m.id",
                        OutboxMessage.class)
                .setParameter("template", MarkByService.REMINDER_MAIL)
                .getResultList()
                .stream()
                .filter(m -> m.getRecipient().endsWith("@tier.test"))
                .toList();
    }

    private List<String> reminded() {
        return mails().stream().map(OutboxMessage::getRecipient).toList();
    }
}

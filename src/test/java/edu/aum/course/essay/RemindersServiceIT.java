package edu.aum.course.essay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.control.ProfileService;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.control.Reminder;
import edu.aum.course.essay.control.ReminderLedger;
import edu.aum.course.essay.control.ReminderTimer;
import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reminders before due dates on the real schema, with the tier's clock moved: who gets one (active students who
 * have not submitted and want them), when (48 and 2 hours before by default, the offering's own hours, the
 * student's extended due time), exactly once (a second run, and two transactions racing for the same reminder),
 * and the mail of an extension. The test's assignment is due two days after the tier's start.
 */
class RemindersServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    /** A second transaction on its own connection, for the race of two instances. */
    @RegisterExtension
    final ServiceTier other = new ServiceTier();

    /** The race's first transaction: its own, so that committing it commits none of the set-up above. */
    @RegisterExtension
    final ServiceTier first = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    Offering offering;
    Assignment assignment;
    Account anna;
    Enrollment annasEnrollment;
    Instant due;

    @BeforeEach
    void setUp() {
        offering = data.offering(null, 1);
        assignment = data.assignment(offering, true);
        anna = data.student("Anna Reminded", Language.RU);
        annasEnrollment = data.enroll(anna, offering, data.university(true));
        due = assignment.getDueAt();
    }

    @Test
    void theStudentIsReminded48And2HoursBeforeOnceEach() {
        tier.clock().set(due.minus(Duration.ofHours(49)));
        assertEquals(0, remind(anna), "not yet: more than 48 hours before");

        tier.clock().set(due.minus(Duration.ofHours(48)));
        assertEquals(1, remind(anna));
        tier.clock().advance(Duration.ofMinutes(30));
        assertEquals(0, remind(anna), "a second run sends nothing again");

        tier.clock().set(due.minus(Duration.ofHours(2)).plusSeconds(20));
        assertEquals(1, remind(anna));
        assertEquals(0, remind(anna));

        List<OutboxMessage> mails = mailsTo(anna);
        assertEquals(2, mails.size());
        assertEquals(ReminderLedger.REMINDER_MAIL, mails.get(0).getTemplate());
        assertTrue(
                mails.get(0).getSubject().contains("через 48 часов"),
                mails.get(0).getSubject());
        assertTrue(
                mails.get(1).getSubject().contains("через 2 часа"), mails.get(1).getSubject());
        assertTrue(mails.get(1).getBody().contains(assignment.getTitleRu()), "in her language, with the title");
        assertTrue(mails.get(1).getBody().contains("/student/essay.xhtml?assignment=" + assignment.getId()));
        assertTrue(mails.get(1).getBody().contains("MSK"), "the due time names its zone");
    }

    @Test
    void noReminderOnceTheEssayIsSubmittedNorAfterTheDueTime() {
        Account ivan = data.student("Ivan Submitted");
        data.enroll(ivan, offering, data.university(true));
        data.submit(ivan, assignment, 300);

        tier.clock().set(due.minus(Duration.ofHours(47)));
        assertEquals(1, remind(anna), "she has not submitted");
        assertEquals(0, reminders(ivan).size(), "he has");

        tier.clock().set(due.plusSeconds(1));
        assertEquals(0, remind(anna), "past due: the 2-hour reminder is not sent late any more");
    }

    @Test
    void noReminderToAStudentWhoWithdrewOrTurnedRemindersOff() {
        Account olga = data.student("Olga Withdrawn");
        Enrollment olgas = data.enroll(olga, offering, data.university(true));
        tier.service(EnrollmentService.class).withdrawMyself(olga.getId(), olgas.getId());
        tier.service(ProfileService.class).wantReminders(anna.getId(), anna.getVersion(), false);

        tier.clock().set(due.minus(Duration.ofHours(40)));
        assertEquals(0, remind(olga));
        assertEquals(0, remind(anna));

        tier.service(ProfileService.class).wantReminders(anna.getId(), anna.getVersion(), true);
        assertEquals(1, remind(anna), "on again: the reminder of the present window comes");
    }

    @Test
    void aReminderMissedWhileNoInstanceRanIsSentLateOnlyTheLatestAndOnlyBeforeTheDueTime() {
        tier.clock().set(due.minus(Duration.ofHours(1)));

        assertEquals(1, remind(anna), "the 48-hour one is not sent as well");
        assertTrue(
                mailsTo(anna).get(0).getSubject().contains("через 1 час"),
                mailsTo(anna).get(0).getSubject());
    }

    @Test
    void theOfferingsOwnHoursApplyAndAreCheckedWithAMessage() {
        CourseService courses = tier.service(CourseService.class);
        long admin = data.setUp().getId();
        courses.changeReminders(admin, offering.getId(), offering.getVersion(), "24");
        assertEquals("24", offering.getReminderHours().toString());

        tier.clock().set(due.minus(Duration.ofHours(30)));
        assertEquals(0, remind(anna), "48 hours is no longer one of them");
        tier.clock().set(due.minus(Duration.ofHours(24)));
        assertEquals(1, remind(anna));

        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> courses.changeReminders(admin, offering.getId(), offering.getVersion(), "48, soon"));
        assertEquals("offering.reminders.invalid", refused.key());
        assertThrows(
                BusinessException.class,
                () -> courses.changeReminders(admin, offering.getId(), offering.getVersion(), "0"));
        assertThrows(
                BusinessException.class,
                () -> courses.changeReminders(admin, offering.getId(), offering.getVersion() - 1, "2"),
                "a form loaded before the change");
        courses.changeReminders(admin, offering.getId(), offering.getVersion(), "");
        tier.clock().set(due.minus(Duration.ofHours(1)));
        assertEquals(0, remind(anna), "none: the offering sends no reminders");
    }

    @Test
    void anExtensionIsMailedAndMovesTheRemindersToTheNewDueTime() {
        tier.clock().set(due.minus(Duration.ofHours(47)));
        assertEquals(1, remind(anna), "the 48-hour reminder of the assignment's due time");

        Instant extended = due.plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        tier.service(AssignmentService.class)
                .grantExtension(
                        data.setUp().getId(),
                        assignment.getId(),
                        annasEnrollment.getId(),
                        extended,
                        extended.plus(Duration.ofDays(1)));
        List<OutboxMessage> mails = mailsTo(anna);
        assertEquals(
                AssignmentService.EXTENSION_MAIL, mails.get(mails.size() - 1).getTemplate());
        assertTrue(mails.get(mails.size() - 1).getSubject().contains(assignment.getTitleRu()));

        tier.clock().set(due.minus(Duration.ofHours(1)));
        assertEquals(0, remind(anna), "the assignment's 2-hour moment is not hers any more");
        tier.clock().set(extended.minus(Duration.ofHours(48)));
        assertEquals(1, remind(anna), "her own due time has its own reminders");
        tier.clock().set(extended.minus(Duration.ofHours(2)));
        assertEquals(1, remind(anna));
        tier.clock().set(extended.minus(Duration.ofMinutes(1)));
        assertEquals(0, remind(anna));
    }

    @Test
    void aChangedExtensionIsMailedAsChangedAndItsNewDueTimeHasItsOwnReminders() {
        AssignmentService assignments = tier.service(AssignmentService.class);
        long admin = data.setUp().getId();
        Instant first = due.plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        assignments.grantExtension(admin, assignment.getId(), annasEnrollment.getId(), first, first);
        tier.clock().set(first.minus(Duration.ofHours(2)));
        assertEquals(1, remind(anna));

        Instant later = first.plus(Duration.ofDays(1));
        assignments.grantExtension(admin, assignment.getId(), annasEnrollment.getId(), later, later);

        List<OutboxMessage> mails = mailsTo(anna);
        OutboxMessage changed = mails.get(mails.size() - 1);
        assertTrue(changed.getSubject().startsWith("Продление изменено"), changed.getSubject());
        assertEquals(1, assignments.extensionsOf(admin, assignment.getId()).size(), "still one extension");
        assertEquals(1, remind(anna), "the new due time is 26 hours ahead: its 48-hour reminder");
        tier.clock().set(later.minus(Duration.ofHours(2)));
        assertEquals(1, remind(anna), "and its 2-hour one, although the old due time's was sent");
    }

    @Test
    void anAssignmentNotOpenYetSendsNothing() {
        tier.clock().set(assignment.getOpensAt().minusSeconds(60));
        assertEquals(0, remind(anna));
    }

    /**
     * Two instances queue the same reminder at once, each in its own transaction on its own connection: the
     * second's insert waits for the first's transaction and then inserts nothing, so exactly one mail is queued.
     * Needs a database with row locks between connections (MariaDB, as in CI); the rows it commits are deleted.
     */
    @Test
    void twoTransactionsQueueingTheSameReminderQueueOneMail() throws Exception {
        assumeTrue(String.valueOf(System.getenv("DB_URL")).startsWith("jdbc:mysql:"), "MariaDB only");
        String email = data.unique("race-").toLowerCase(java.util.Locale.ROOT) + "@tier.test";
        long fakeId = -System.nanoTime(); // no such enrollment or assignment: the ledger names ids only
        Reminder reminder = new Reminder(
                fakeId,
                fakeId,
                48,
                due.truncatedTo(ChronoUnit.SECONDS),
                email,
                "Race",
                Language.EN,
                "Race",
                "Race",
                null);
        try {
            assertTrue(first.service(ReminderLedger.class).queue(reminder), "the first inserts");
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(
                    () -> other.service(ReminderLedger.class).queue(reminder));
            Thread.sleep(500);
            assertFalse(second.isDone(), "the second waits on the first's key");
            first.em().getTransaction().commit();
            assertFalse(second.get(30, TimeUnit.SECONDS), "and then finds the reminder queued");
            other.em().getTransaction().commit();

            first.em().getTransaction().begin();
            assertEquals(1, countQueued(fakeId));
            assertEquals(
                    1,
                    first.em()
                            .createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.recipient = :email", Long.class)
                            .setParameter("email", email)
                            .getSingleResult());
        } finally {
            if (!first.em().getTransaction().isActive()) {
                first.em().getTransaction().begin();
            }
            first.em()
                    .createNativeQuery("DELETE FROM reminders_sent WHERE enrollment_id = ?")
                    .setParameter(1, fakeId)
                    .executeUpdate();
            first.em()
                    .createNativeQuery("DELETE FROM mail_outbox WHERE recipient = ?")
                    .setParameter(1, email)
                    .executeUpdate();
            first.em().getTransaction().commit();
        }
    }

    private long countQueued(long enrollmentId) {
        return ((Number) first.em()
                        .createNativeQuery("SELECT COUNT(*) FROM reminders_sent WHERE enrollment_id = ?")
                        .setParameter(1, enrollmentId)
                        .getSingleResult())
                .longValue();
    }

    /** Runs the timer's work now and answers how many new reminders went to this student. */
    private int remind(Account student) {
        int before = reminders(student).size();
        tier.service(ReminderTimer.class).remindNow();
        return reminders(student).size() - before;
    }

    private List<OutboxMessage> reminders(Account student) {
        return mailsTo(student).stream()
                .filter(m -> m.getTemplate().equals(ReminderLedger.REMINDER_MAIL))
                .toList();
    }

    private List<OutboxMessage> mailsTo(Account student) {
        return tier.em()
                .createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.recipient = :email ORDER BY m.id", OutboxMessage.class)
                .setParameter("email", student.getEmail())
                .getResultList();
    }
}

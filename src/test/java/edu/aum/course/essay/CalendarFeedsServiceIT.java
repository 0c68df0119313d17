package edu.aum.course.essay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.control.CalendarFeeds;
import edu.aum.course.essay.control.ICalendar;
import edu.aum.course.essay.entity.CalendarFeed;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.audit.AuditEntry;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.text.Sha256;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.university.api.University;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The calendar feeds on the real schema: a secret opens its student's events only (stored as its SHA-256), an
 * extension moves that student's due and cut-off times and no one else's, a withdrawn enrollment has no events,
 * and a renewed or revoked link stops working.
 */
class CalendarFeedsServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    @Test
    void aSecretOpensItsStudentsEventsAndOnlyItsHashIsStored() {
        University university = data.university(false);
        Offering offering = data.offering(null, 1);
        Assignment first = data.assignment(offering, true);
        Assignment second = data.assignment(offering, true);
        Account anna = data.student("Anna Calendar", Language.RU);
        Account ben = data.student("Ben Calendar");
        Enrollment annas = data.enroll(anna, offering, university);
        data.enroll(ben, offering, university);
        CalendarFeeds feeds = tier.service(CalendarFeeds.class);

        String secret = feeds.create(anna.getId(), null);
        String bens = feeds.create(ben.getId(), null);

        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertNotEquals(secret, bens);
        CalendarFeed stored = feeds.find(anna.getId()).orElseThrow();
        assertEquals(
                Sha256.hex(secret),
                tier.em()
                        .createQuery("SELECT f.tokenHash FROM CalendarFeed f WHERE f.id = :id", String.class)
                        .setParameter("id", stored.getId())
                        .getSingleResult());
        String body = feeds.read(secret).orElseThrow().body();
        assertTrue(body.contains("UID:assignment-" + first.getId() + "-enrollment-" + annas.getId() + "@localhost"));
        assertTrue(body.contains("UID:assignment-" + second.getId() + "-enrollment-" + annas.getId() + "@localhost"));
        assertEquals(2, count(body, "BEGIN:VEVENT"));
        assertTrue(unfolded(body).contains("срок сдачи «" + first.getTitleRu() + "»"), "in Anna's language: " + body);
        assertTrue(body.contains("DTSTART:" + utc(first.getDueAt())), body);
        assertTrue(body.contains("DTEND:" + utc(first.getCutoffAt())), body);
        assertTrue(unfolded(body).contains("http://localhost:8080/student/essay.xhtml?assignment=" + first.getId()));
        assertFalse(body.contains("Ben Calendar"), "nothing of Ben in Anna's feed");
        assertTrue(feeds.read(bens).orElseThrow().body().contains("Ben Calendar"));
        assertTrue(feeds.read("A".repeat(43)).isEmpty(), "an unknown secret opens nothing");
        assertTrue(feeds.read(Sha256.hex(secret)).isEmpty(), "nor does the stored hash");
        assertTrue(feeds.read("../" + secret).isEmpty());
        assertTrue(audited(stored.getId()).contains("CREATE"));
    }

    @Test
    void anExtensionMovesOnlyItsStudentsTimesAndChangesTheEntityTag() {
        University university = data.university(false);
        Offering offering = data.offering(null, 1);
        Assignment assignment = data.assignment(offering, true);
        Account anna = data.student("Anna Extended");
        Account ben = data.student("Ben Unextended");
        Enrollment annas = data.enroll(anna, offering, university);
        data.enroll(ben, offering, university);
        CalendarFeeds feeds = tier.service(CalendarFeeds.class);
        String secret = feeds.create(anna.getId(), null);
        String bens = feeds.create(ben.getId(), null);
        CalendarFeeds.Feed before = feeds.read(secret).orElseThrow();

        tier.clock().advance(Duration.ofHours(1));
        assertEquals(before.etag(), feeds.read(secret).orElseThrow().etag(), "the time of writing is no change");
        Instant due = assignment.getDueAt().plus(Duration.ofDays(1).plusHours(1));
        Instant cutoff = assignment.getCutoffAt().plus(Duration.ofDays(4));
        tier.service(AssignmentService.class)
                .grantExtension(data.setUp().getId(), assignment.getId(), annas.getId(), due, cutoff);

        CalendarFeeds.Feed after = feeds.read(secret).orElseThrow();
        assertNotEquals(before.etag(), after.etag());
        assertTrue(after.body().contains("DTSTART:" + utc(due)), after.body());
        assertTrue(after.body().contains("DTEND:" + utc(cutoff)), after.body());
        assertFalse(after.body().contains("DTSTART:" + utc(assignment.getDueAt())));
        assertTrue(unfolded(after.body()).contains("Your extension moved these dates."));
        assertEquals(
                count(before.body(), "UID:"), count(after.body(), "UID:"), "the same event, moved: not a second one");
        assertTrue(after.body().contains("UID:assignment-" + assignment.getId() + "-enrollment-" + annas.getId()));
        String bensBody = feeds.read(bens).orElseThrow().body();
        assertTrue(bensBody.contains("DTSTART:" + utc(assignment.getDueAt())), "Ben keeps the assignment's times");
        assertFalse(bensBody.contains(utc(due)));
    }

    @Test
    void aWithdrawnEnrollmentHasNoEvents() {
        University university = data.university(false);
        Offering kept = data.offering(null, 1);
        Offering left = data.offering(null, 1);
        Assignment keptAssignment = data.assignment(kept, true);
        Assignment leftAssignment = data.assignment(left, true);
        Account anna = data.student("Anna Withdrawn");
        data.enroll(anna, kept, university);
        Enrollment leaving = data.enroll(anna, left, university);
        CalendarFeeds feeds = tier.service(CalendarFeeds.class);
        String secret = feeds.create(anna.getId(), null);
        assertEquals(2, count(feeds.read(secret).orElseThrow().body(), "BEGIN:VEVENT"));

        tier.service(EnrollmentService.class).withdrawMyself(anna.getId(), leaving.getId());

        String body = feeds.read(secret).orElseThrow().body();
        assertEquals(1, count(body, "BEGIN:VEVENT"), body);
        assertTrue(body.contains("UID:assignment-" + keptAssignment.getId() + "-"));
        assertFalse(body.contains("UID:assignment-" + leftAssignment.getId() + "-"));
        List<ICalendar.Event> events = feeds.events(anna, Instant.EPOCH);
        assertEquals(1, events.size());
    }

    @Test
    void aRenewedLinkReplacesTheOldOneAndARevokedOneOpensNothing() {
        Account anna = data.student("Anna Revoking");
        CalendarFeeds feeds = tier.service(CalendarFeeds.class);
        String old = feeds.create(anna.getId(), null);
        tier.clock().advance(Duration.ofMinutes(1));
        long loaded = feeds.find(anna.getId()).orElseThrow().getVersion();
        assertThrows(BusinessException.class, () -> feeds.create(anna.getId(), null), "a tab that showed no link");
        String renewed = feeds.create(anna.getId(), loaded);
        tier.em().flush();
        assertThrows(
                BusinessException.class, () -> feeds.create(anna.getId(), loaded), "a tab that showed the old link");
        assertThrows(BusinessException.class, () -> feeds.revoke(anna.getId(), loaded));

        assertTrue(feeds.read(old).isEmpty(), "the old link stops working");
        assertTrue(feeds.read(renewed).isPresent());
        assertEquals(0, count(feeds.read(renewed).orElseThrow().body(), "BEGIN:VEVENT"), "no enrollment, no event");
        feeds.revoke(anna.getId(), version(feeds, anna));
        assertTrue(feeds.read(renewed).isEmpty());
        CalendarFeed feed = feeds.find(anna.getId()).orElseThrow();
        assertFalse(feed.isActive());
        assertEquals(tier.clock().instant(), feed.getRevokedAt());
        assertThrows(BusinessException.class, () -> feeds.revoke(anna.getId(), version(feeds, anna)), "nothing left");
        assertEquals(List.of("CREATE", "RENEW", "REVOKE"), audited(feed.getId()));
        String again = feeds.create(anna.getId(), version(feeds, anna));
        assertTrue(feeds.read(again).isPresent(), "a new link after a revocation works");
        assertNull(feeds.find(anna.getId()).orElseThrow().getRevokedAt());
    }

    @Test
    void aDeactivatedStudentsFeedOpensNothing() {
        Account anna = data.student("Anna Deactivated");
        CalendarFeeds feeds = tier.service(CalendarFeeds.class);
        String secret = feeds.create(anna.getId(), null);
        assertTrue(feeds.read(secret).isPresent());
        anna.deactivate();
        assertTrue(feeds.read(secret).isEmpty(), "a closed account's deadlines are no one's business");
    }

    @Test
    void aReadIsNotedAtMostEveryTenMinutes() {
        Account anna = data.student("Anna Polled");
        CalendarFeeds feeds = tier.service(CalendarFeeds.class);
        String secret = feeds.create(anna.getId(), null);
        feeds.read(secret);
        Instant first = tier.clock().instant();
        tier.clock().advance(Duration.ofMinutes(5));
        feeds.read(secret);
        assertEquals(first, lastRead(anna));
        tier.clock().advance(Duration.ofMinutes(6));
        feeds.read(secret);
        assertEquals(tier.clock().instant(), lastRead(anna));
    }

    private long version(CalendarFeeds feeds, Account student) {
        tier.em().flush(); // the version is raised when the change is written
        return feeds.find(student.getId()).orElseThrow().getVersion();
    }

    private Instant lastRead(Account student) {
        tier.em().clear(); // the poll is written by a bulk update
        return tier.service(CalendarFeeds.class)
                .find(student.getId())
                .orElseThrow()
                .getLastReadAt();
    }

    private List<String> audited(long feedId) {
        tier.em().flush();
        return tier.service(AuditLog.class).of("CalendarFeed", feedId).stream()
                .map(AuditEntry::getAction)
                .toList();
    }

    private static String utc(Instant instant) {
        return instant.toString().replace("-", "").replace(":", "").replaceAll("\\.\\d+", "");
    }

    private static String unfolded(String body) {
        return body.replace("\r\n ", "")
                .replace("\\n", "\n")
                .replace("\\,", ",")
                .replace("\\;", ";");
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}

package edu.aum.course.essay.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.essay.entity.CalendarFeed;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.Extension;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.Messages;
import edu.aum.course.platform.text.Sha256;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The students' private calendar feeds: a student makes, replaces and revokes their link (audited); anyone holding a
 * link reads that student's due and cut-off times, with their extensions, for every enrollment they have not
 * withdrawn from. The link's secret is 256 random bits in base64url; only its SHA-256 is stored.
 */
@Stateless
public class CalendarFeeds {

    static final String SUBJECT = "CalendarFeed";
    static final String PRODUCT = "-//AUM//Essay Certificates Calendar//EN";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    EnrollmentService enrollments;

    @Inject
    AssignmentService assignments;

    @Inject
    Settings settings;

    @Inject
    Dates dates;

    @Inject
    AuditLog audit;

    /**
     * The feed's text and its entity tag: the SHA-256 of the text with every DTSTAMP at the epoch, so that it changes
     * with the events and not with the moment it was written (DTSTAMP is that moment: assignments keep no time of
     * their last edit, and a stamp that stood still while a due date moved would tell a calendar nothing changed).
     */
    public record Feed(String body, String etag) {}

    public Optional<CalendarFeed> find(long studentId) {
        return em.createNamedQuery(CalendarFeed.OF_STUDENT, CalendarFeed.class)
                .setParameter("student", studentId)
                .getResultStream()
                .findFirst();
    }

    /**
     * A new secret link for the student (the old one, if any, stops working); answers the secret, shown once. The
     * page's loaded version (null when it showed no feed) must still be the feed's, so that a second tab's click
     * does not silently replace the address the first tab shows.
     */
    public String create(long studentId, Long loadedVersion) {
        String secret = secret();
        Instant now = clock.instant();
        Optional<CalendarFeed> existing = find(studentId);
        CalendarFeed feed;
        if (existing.isPresent()) {
            feed = existing.get();
            if (loadedVersion == null) {
                throw ConcurrentEdit.refusal();
            }
            ConcurrentEdit.check(feed.getVersion(), loadedVersion);
            feed.renew(Sha256.hex(secret), now);
        } else {
            feed = new CalendarFeed(accounts.find(studentId).orElseThrow(), Sha256.hex(secret), now);
            try {
                em.persist(feed);
                em.flush();
            } catch (PersistenceException e) { // another tab made the student's feed at the same moment
                throw ConcurrentEdit.refusal();
            }
        }
        audit.record(studentId, SUBJECT, feed.getId(), existing.isPresent() ? "RENEW" : "CREATE", null, "ACTIVE", null);
        return secret;
    }

    /** The student's link stops working (a calendar subscribed to it gets 404 from now on); optimistic as create. */
    public void revoke(long studentId, long loadedVersion) {
        CalendarFeed feed = find(studentId).orElseThrow(() -> new BusinessException("calendar.notActive"));
        ConcurrentEdit.check(feed.getVersion(), loadedVersion);
        feed.revoke(clock.instant());
        audit.record(studentId, SUBJECT, feed.getId(), "REVOKE", "ACTIVE", "REVOKED", null);
    }

    /** The address of a feed with this secret. */
    public String url(String secret) {
        return settings.publicBaseUrl() + "/api/calendar/" + secret + ".ics";
    }

    /** The feed a secret opens: empty for a malformed, unknown or revoked one, or a student no longer active. */
    public Optional<Feed> read(String secret) {
        if (secret == null || !SHAPE.matcher(secret).matches()) {
            return Optional.empty();
        }
        Optional<CalendarFeed> feed = em.createNamedQuery(CalendarFeed.BY_HASH, CalendarFeed.class)
                .setParameter("hash", Sha256.hex(secret))
                .getResultStream()
                .findFirst()
                .filter(f -> f.getStudent().isActive());
        feed.ifPresent(this::recordRead);
        return feed.map(f -> write(f.getStudent()));
    }

    private void recordRead(CalendarFeed feed) {
        Instant now = clock.instant();
        em.createNativeQuery(CalendarFeed.RECORD_READ)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, feed.getId())
                .setParameter(3, Timestamp.from(CalendarFeed.recordReadBefore(now)))
                .executeUpdate();
    }

    /** One event per assignment of each enrollment not withdrawn, from its due time to its cut-off. */
    public List<ICalendar.Event> events(Account student, Instant stamp) {
        Locale locale = student.getPreferredLanguage().locale();
        List<ICalendar.Event> events = new ArrayList<>();
        for (Enrollment enrollment : enrollments.ofStudent(student.getId())) {
            if (enrollment.getStatus() == EnrollmentStatus.WITHDRAWN) {
                continue;
            }
            Map<Long, Extension> extended = em.createNamedQuery(Extension.OF_ENROLLMENT, Extension.class)
                    .setParameter("enrollment", enrollment.getId())
                    .getResultStream()
                    .collect(Collectors.toMap(x -> x.getAssignment().getId(), Function.identity()));
            for (Assignment assignment :
                    assignments.ofOffering(enrollment.getOffering().getId())) {
                events.add(event(enrollment, assignment, extended.get(assignment.getId()), locale, stamp));
            }
        }
        return events;
    }

    private ICalendar.Event event(
            Enrollment enrollment, Assignment assignment, Extension extension, Locale locale, Instant stamp) {
        var language = enrollment.getStudent().getPreferredLanguage();
        Deadlines deadlines = assignment.deadlinesFor(extension);
        String course = enrollment.getOffering().getCourse().title(language);
        String title = assignment.title(language);
        String page = settings.publicBaseUrl() + "/student/essay.xhtml?assignment=" + assignment.getId();
        String description = Messages.text(
                        locale,
                        "calendar.event.description",
                        course,
                        title,
                        dates.time(
                                deadlines.dueAt(),
                                locale,
                                enrollment.getStudent().zoneOrNull()),
                        dates.time(
                                deadlines.cutoffAt(),
                                locale,
                                enrollment.getStudent().zoneOrNull()))
                + (extension == null ? "" : "\n" + Messages.text(locale, "calendar.event.extended"))
                + "\n" + page;
        return new ICalendar.Event(
                "assignment-" + assignment.getId() + "-enrollment-" + enrollment.getId() + "@" + host(),
                stamp,
                deadlines.dueAt(),
                deadlines.cutoffAt(),
                Messages.text(
                        locale,
                        "calendar.event.summary",
                        enrollment.getOffering().getCourse().getCode(),
                        title),
                description,
                page);
    }

    private Feed write(Account student) {
        String name = Messages.text(student.getPreferredLanguage().locale(), "calendar.name", student.getFullName());
        List<ICalendar.Event> events = events(student, Instant.EPOCH);
        String unstamped = ICalendar.write(PRODUCT, name, events);
        Instant now = clock.instant();
        String body = ICalendar.write(
                PRODUCT, name, events.stream().map(e -> e.stampedAt(now)).toList());
        return new Feed(body, Sha256.hex(unstamped));
    }

    private String host() {
        String host = URI.create(settings.publicBaseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package edu.aum.course.grading.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Teaching;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.notification.api.Outbox;
import edu.aum.course.platform.cluster.TimerSlots;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.Language;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The grading due dates ("mark by", AssignmentGrading): what an instructor's home shows of them, and the reminder
 * mail to the assignment's teaching team when a date nears while essays are still open (submitted, in marking or
 * ready but not released). Each date is reminded of once across instances: a conditional update of the settings'
 * row notes the date reminded of, which one transaction wins; a changed date is reminded of again.
 */
@Stateless
public class MarkByService {

    private static final Logger LOG = Logger.getLogger(MarkByService.class.getName());
    public static final String REMINDER_MAIL = "grading.markBy.reminder";
    static final Duration PERIOD = Duration.ofMinutes(15);

    /** An assignment's mark-by date and how many of its essays are still open. */
    public record Due(Assignment assignment, Instant markBy, long open) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CourseService courses;

    @Inject
    Outbox outbox;

    @Inject
    Dates dates;

    @Inject
    Settings settings;

    @Inject
    TimerSlots slots;

    /** How long before a mark-by date the team is reminded (MARK_BY_REMINDER_HOURS). */
    @Inject
    @ConfigProperty(name = "mark.by.reminder.hours", defaultValue = "48")
    int reminderHours;

    /** The mark-by dates of the offerings this staff member works on that still have open essays, soonest first. */
    public List<Due> upcoming(long actorId, int max) {
        Teaching teaching = courses.teaching(actorId);
        return teaching
                .bind(em.createQuery(
                        "SELECT a, g.markBy, COUNT(r) FROM AssignmentGrading g, Assignment a, Review r"
                                + " WHERE a.id = g.assignmentId AND r.submission.assignment = a"
                                + " AND r.queued = TRUE AND g.markBy IS NOT NULL AND "
                                + teaching.idCondition("r.offeringId")
                                + " GROUP BY a, g.markBy ORDER BY g.markBy, a.id",
                        Object[].class))
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(row -> new Due((Assignment) row[0], (Instant) row[1], (Long) row[2]))
                .toList();
    }

    /** Every quarter of an hour, on one instance: reminds the teams whose mark-by dates are near. */
    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void remindOnce() {
        if (slots.claim(TimerSlots.MARK_BY_REMINDERS, PERIOD)) {
            int reminded = remind();
            if (reminded > 0) {
                LOG.info(() -> "Mark-by reminders sent for " + reminded + " assignment(s)");
            }
        }
    }

    /**
     * Reminds the team of each assignment whose mark-by date lies within the next {@code reminderHours} and still has
     * open essays, unless its team was reminded of that date already; answers how many assignments it reminded of.
     */
    public int remind() {
        Instant now = clock.instant();
        List<Object[]> near = em.createQuery(
                        "SELECT a, g.markBy, COUNT(r) FROM AssignmentGrading g, Assignment a, Review r"
                                + " WHERE a.id = g.assignmentId AND r.submission.assignment = a AND r.queued = TRUE"
                                + " AND g.markBy > :now AND g.markBy <= :horizon"
                                + " AND (g.markByReminded IS NULL OR g.markByReminded <> g.markBy)"
                                + " GROUP BY a, g.markBy",
                        Object[].class)
                .setParameter("now", now)
                .setParameter("horizon", now.plus(Duration.ofHours(reminderHours)))
                .getResultList();
        int reminded = 0;
        for (Object[] row : near) {
            Due due = new Due((Assignment) row[0], (Instant) row[1], (Long) row[2]);
            if (claim(due)) {
                courses.team(due.assignment().getOffering().getId()).forEach(member -> mail(member, due));
                reminded++;
            }
        }
        return reminded;
    }

    /** True for the one transaction that notes this date as reminded of (a changed date is not this one). */
    private boolean claim(Due due) {
        return em.createNativeQuery("UPDATE assignment_grading SET mark_by_reminded = mark_by"
                                + " WHERE assignment_id = ? AND mark_by = ?"
                                + " AND (mark_by_reminded IS NULL OR mark_by_reminded <> mark_by)")
                        .setParameter(1, due.assignment().getId())
                        .setParameter(2, Timestamp.from(due.markBy()))
                        .executeUpdate()
                == 1;
    }

    private void mail(Account member, Due due) {
        Language language = member.getPreferredLanguage();
        Assignment assignment = due.assignment();
        outbox.queue(
                member.getEmail(),
                member.getFullName(),
                language,
                REMINDER_MAIL,
                assignment.title(language),
                assignment.getOffering().getCourse().title(language),
                dates.time(due.markBy(), language.locale(), member.zoneOrNull()),
                due.open(),
                settings.publicBaseUrl() + "/staff/queue.xhtml?offering="
                        + assignment.getOffering().getId());
    }
}

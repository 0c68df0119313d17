package edu.aum.course.enrollment.api;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One run of a course: its dates, its seats (if capped), what earns its certificate and its teaching team (the
 * instructors who mark its essays and set its assignments and rubrics; admins need no place on it).
 */
@Entity
@Table(name = "offerings")
@NamedQuery(
        name = Offering.OPEN_ON,
        query =
                "SELECT o FROM Offering o JOIN FETCH o.course"
                        + " WHERE o.schedule.opensOn <= :day AND o.schedule.closesOn >= :day ORDER BY o.schedule.startsOn, o.id")
@NamedQuery(
        name = Offering.ALL,
        query = "SELECT o FROM Offering o JOIN FETCH o.course" + " ORDER BY o.schedule.startsOn DESC, o.id DESC")
@NamedQuery(
        name = Offering.TAUGHT_BY,
        query = "SELECT o FROM Offering o JOIN FETCH o.course JOIN o.team t WHERE t.id = :instructor"
                + " ORDER BY o.schedule.startsOn DESC, o.id DESC")
@NamedQuery(name = Offering.IDS_TAUGHT_BY, query = "SELECT o.id FROM Offering o JOIN o.team t WHERE t.id = :instructor")
public class Offering implements java.io.Serializable {

    public static final String OPEN_ON = "Offering.openOn";
    public static final String ALL = "Offering.all";
    public static final String IDS_TAUGHT_BY = "Offering.idsTaughtBy";
    public static final String TAUGHT_BY = "Offering.taughtBy";
    public static final int DEFAULT_ESSAYS_REQUIRED = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Embedded
    private Schedule schedule;

    /** Empty: no limit. */
    @Column
    private Integer capacity;

    /** How many essays released as passed earn the certificate. */
    @Column(name = "essays_required", nullable = false)
    private int essaysRequired = DEFAULT_ESSAYS_REQUIRED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The certificate design (a folder of certificates-templates/) this offering's certificates use. */
    @Column(name = "certificate_template", nullable = false, length = 100)
    private String certificateTemplate = "default";

    /** Empty: no minimum; else the average released score the certificate also needs. */
    @Column(name = "min_average_score", precision = 7, scale = 2)
    private BigDecimal minAverageScore;

    /** The teaching team. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "offering_instructors",
            joinColumns = @JoinColumn(name = "offering_id"),
            inverseJoinColumns = @JoinColumn(name = "instructor_id"))
    private Set<Account> team = new HashSet<>();

    /**
     * When an admin last set the team; empty: never since V19. Written with the team so that its change raises the
     * version (a change of the collection alone would not), and a concurrent edit of the team is seen.
     */
    @Column(name = "team_changed_at")
    private Instant teamChangedAt;

    /** ReminderHours as stored ("48,2"); empty: no reminders. */
    @Column(name = "reminder_hours", nullable = false, length = 60)
    private String reminderHours = ReminderHours.DEFAULT.stored();

    @Version
    private long version;

    protected Offering() {
        // for JPA
    }

    public Offering(Course course, Schedule schedule, Integer capacity, int essaysRequired, Instant now) {
        this.course = Objects.requireNonNull(course);
        plan(schedule, capacity, essaysRequired);
        this.createdAt = Objects.requireNonNull(now);
    }

    public final void plan(Schedule schedule, Integer capacity, int essaysRequired) {
        if (capacity != null && capacity < 1) {
            throw new BusinessException("offering.capacity.tooSmall");
        }
        if (essaysRequired < 1) {
            throw new BusinessException("offering.essaysRequired.tooSmall");
        }
        this.schedule = Objects.requireNonNull(schedule);
        this.capacity = capacity;
        this.essaysRequired = essaysRequired;
    }

    public void moveTo(Course course) {
        this.course = Objects.requireNonNull(course);
    }

    public boolean isEnrollmentOpenOn(LocalDate day) {
        return schedule.isEnrollmentOpenOn(day);
    }

    public void requireEnrollmentOpenOn(LocalDate day) {
        if (!isEnrollmentOpenOn(day)) {
            throw new BusinessException("enrollment.windowClosed");
        }
    }

    /** Seats still free when this many enrollments hold one; empty when there is no limit. */
    public Optional<Long> seatsLeft(long taken) {
        return Optional.ofNullable(capacity).map(c -> Math.max(0, c - taken));
    }

    /** Whether no seat is left (an offering without a capacity is never full). */
    public boolean isFull(long taken) {
        return seatsLeft(taken).map(left -> left == 0).orElse(false);
    }

    public void requireSeat(long taken) {
        if (isFull(taken)) {
            throw new BusinessException("enrollment.full");
        }
    }

    /** The certificates feature sets how certificates are earned and printed (the template is validated there). */
    public void certifyWith(String template, BigDecimal minAverageScore) {
        if (template == null || template.isBlank()) {
            throw new BusinessException("certificate.template.required");
        }
        if (minAverageScore != null && minAverageScore.signum() < 0) {
            throw new BusinessException("certificate.minAverage.negative");
        }
        this.certificateTemplate = template.strip();
        this.minAverageScore = minAverageScore;
    }

    /** Whether this account is on the teaching team (an admin who is not on it is not). */
    public boolean isTaughtBy(long accountId) {
        return team.stream().anyMatch(a -> Long.valueOf(accountId).equals(a.getId()));
    }

    /** Whether this account may work on the offering: an admin always, an instructor on its team. */
    public boolean isOpenTo(Account account) {
        return account.getRoles().contains(Role.ADMIN)
                || (account.getRoles().contains(Role.INSTRUCTOR) && isTaughtBy(account.getId()));
    }

    /** The new teaching team: instructors only, each once; an empty team leaves the offering to the admins. */
    public void teachBy(Collection<Account> instructors, Instant now) {
        if (instructors.stream().anyMatch(a -> !a.getRoles().contains(Role.INSTRUCTOR))) {
            throw new BusinessException("offering.team.notInstructor");
        }
        team.clear();
        team.addAll(instructors);
        teamChangedAt = Objects.requireNonNull(now);
    }

    /** How long before a due time the students are reminded (the essay feature sends the reminders). */
    public void remindBefore(ReminderHours hours) {
        this.reminderHours = hours.stored();
    }

    public ReminderHours getReminderHours() {
        return ReminderHours.parse(reminderHours);
    }

    public Optional<Instant> getTeamChangedAt() {
        return Optional.ofNullable(teamChangedAt);
    }

    /** The teaching team by name. */
    public List<Account> getTeam() {
        return team.stream()
                .sorted(Comparator.comparing(Account::getFullName).thenComparing(Account::getId))
                .toList();
    }

    public String getCertificateTemplate() {
        return certificateTemplate;
    }

    public Optional<BigDecimal> getMinAverageScore() {
        return Optional.ofNullable(minAverageScore);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public int getEssaysRequired() {
        return essaysRequired;
    }

    public long getVersion() {
        return version;
    }
}

package edu.aum.course.enrollment.api;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.enrollment.control.EnrollmentCsv;
import edu.aum.course.enrollment.control.EnrollmentFilter;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.university.api.HomeUniversity;
import edu.aum.course.university.api.University;
import edu.aum.course.university.api.UniversityService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Students enroll in offerings, correct their home university and withdraw; administrators
 * withdraw them and list them. The essay and certificate features call recordSubmission and complete.
 */
@Stateless
public class EnrollmentService {

    /** The audit log's subject type for enrollments. */
    public static final String SUBJECT = "Enrollment";

    private static final String SEARCH =
            "FROM Enrollment e JOIN e.student s JOIN e.university u WHERE e.offering.id = :offering";
    private static final String BY_STATUS = " AND e.status = :status";
    private static final String BY_TEXT =
            " AND (LOWER(s.fullName) LIKE :text ESCAPE '!' OR LOWER(s.email) LIKE :text ESCAPE '!'"
                    + " OR LOWER(u.nameEn) LIKE :text ESCAPE '!' OR LOWER(u.nameRu) LIKE :text ESCAPE '!'"
                    + " OR LOWER(e.studentNumber) LIKE :text ESCAPE '!')";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    UniversityService universities;

    @Inject
    AuditLog audit;

    /**
     * Enrolls a student, or enrolls a withdrawn one again. The offering's row stays locked until the
     * transaction ends, so that two students cannot both take its last seat.
     */
    public Enrollment enroll(long studentId, long offeringId, HomeUniversity home, String studentNumber) {
        Offering offering = lockedOffering(offeringId);
        offering.requireEnrollmentOpenOn(LocalDate.now(clock));
        return enroll(studentId, offering, home, studentNumber);
    }

    /**
     * An administrator enrolls a student (bulk enrollment): outside the enrollment window too, but
     * never past the offering's capacity.
     */
    public Enrollment enrollOnBehalf(long studentId, long offeringId, HomeUniversity home, String studentNumber) {
        return enroll(studentId, lockedOffering(offeringId), home, studentNumber);
    }

    private Offering lockedOffering(long offeringId) {
        Offering offering = em.find(Offering.class, offeringId, LockModeType.PESSIMISTIC_WRITE);
        if (offering == null) {
            throw new BusinessException("offering.notFound");
        }
        return offering;
    }

    private Enrollment enroll(long studentId, Offering offering, HomeUniversity home, String studentNumber) {
        Account student = account(studentId);
        Optional<Enrollment> existing = find(offering, student);
        if (existing.filter(e -> !e.canEnrollAgain()).isPresent()) {
            throw new BusinessException("enrollment.already");
        }
        offering.requireSeat(seatsTaken(offering));
        University university = universities.resolve(home);
        if (existing.isPresent()) {
            existing.get().reactivate(university, studentNumber, clock.instant());
            return existing.get();
        }
        Enrollment enrollment = new Enrollment(offering, student, university, studentNumber, clock.instant());
        em.persist(enrollment);
        em.flush(); // IDENTITY: the id is known from here on
        return enrollment;
    }

    public void changeUniversity(long studentId, long enrollmentId, HomeUniversity home, String studentNumber) {
        own(studentId, enrollmentId).changeUniversity(universities.resolve(home), studentNumber);
    }

    /**
     * The student allows (or stops allowing) their home university to read released grades and feedback;
     * off by default. Audited, as it decides what partner staff and systems see.
     */
    public void shareGrades(long studentId, long enrollmentId, boolean share) {
        Enrollment enrollment = own(studentId, enrollmentId);
        if (enrollment.isGradesShared() == share) {
            return;
        }
        enrollment.shareGrades(share, clock.instant());
        audit.record(
                studentId,
                SUBJECT,
                enrollmentId,
                share ? "GRADES_SHARED" : "GRADES_HIDDEN",
                null,
                null,
                enrollment.getUniversity().getNameEn());
    }

    public void withdrawMyself(long studentId, long enrollmentId) {
        own(studentId, enrollmentId).withdraw(account(studentId), null, clock.instant());
    }

    public void withdraw(long adminId, long enrollmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("enrollment.reason.required");
        }
        get(enrollmentId).withdraw(account(adminId), reason, clock.instant());
    }

    /** For the essay feature: every submission calls this; the first one fixes the home university. */
    public void recordSubmission(long enrollmentId) {
        get(enrollmentId).recordSubmission(clock.instant());
    }

    /** For the certificate feature: the student earned the certificate. */
    public void complete(long enrollmentId) {
        get(enrollmentId).complete(clock.instant());
    }

    public Optional<Enrollment> find(long enrollmentId) {
        return Optional.ofNullable(em.find(Enrollment.class, enrollmentId));
    }

    public Enrollment get(long enrollmentId) {
        return find(enrollmentId).orElseThrow(() -> new BusinessException("enrollment.notFound"));
    }

    /** A student's own enrollment; someone else's is as good as missing. */
    public Optional<Enrollment> findOwn(long studentId, long enrollmentId) {
        return find(enrollmentId).filter(e -> e.getStudent().getId() == studentId);
    }

    public List<Enrollment> ofStudent(long studentId) {
        return em.createNamedQuery(Enrollment.OF_STUDENT, Enrollment.class)
                .setParameter("student", studentId)
                .getResultList();
    }

    public long seatsTaken(Offering offering) {
        return em.createNamedQuery(Enrollment.COUNT_HOLDING_SEATS, Long.class)
                .setParameter("offering", offering)
                .getSingleResult();
    }

    /** One page of an offering's enrollments, by the students' names (the enrollment's copy, from an index). */
    public List<Enrollment> search(long offeringId, EnrollmentFilter filter, int first, int max) {
        TypedQuery<Enrollment> query =
                em.createQuery("SELECT e " + where(filter) + " ORDER BY e.studentName, e.id", Enrollment.class);
        return bind(query, offeringId, filter)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public int count(long offeringId, EnrollmentFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) " + where(filter), Long.class);
        return bind(query, offeringId, filter).getSingleResult().intValue();
    }

    /** Everything the CSV export shows (what the screen lists with the same filter), read in this transaction. */
    public List<EnrollmentCsv.Row> export(long offeringId, EnrollmentFilter filter) {
        return search(offeringId, filter, 0, Integer.MAX_VALUE).stream()
                .map(EnrollmentCsv.Row::of)
                .toList();
    }

    private static String where(EnrollmentFilter filter) {
        return SEARCH + (filter.status() == null ? "" : BY_STATUS) + (filter.hasText() ? BY_TEXT : "");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long offeringId, EnrollmentFilter filter) {
        query.setParameter("offering", offeringId);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.hasText()) {
            query.setParameter("text", filter.likePattern());
        }
        return query;
    }

    private Optional<Enrollment> find(Offering offering, Account student) {
        return em.createNamedQuery(Enrollment.FIND, Enrollment.class)
                .setParameter("offering", offering)
                .setParameter("student", student)
                .getResultStream()
                .findFirst();
    }

    private Enrollment own(long studentId, long enrollmentId) {
        return findOwn(studentId, enrollmentId).orElseThrow(() -> new BusinessException("enrollment.notFound"));
    }

    private Account account(long id) {
        return accounts.find(id).orElseThrow(() -> new BusinessException("enrollment.notFound"));
    }
}

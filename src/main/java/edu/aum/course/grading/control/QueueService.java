package edu.aum.course.grading.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.api.Teaching;
import edu.aum.course.essay.api.SubmissionService;
import edu.aum.course.essay.api.SubmissionStatus;
import edu.aum.course.grading.api.Review;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.ConcurrentEdit;
import edu.aum.course.platform.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The marking queue: the latest review of every submitted essay, filtered and sorted; claiming one
 * (atomic: a conditional UPDATE, so of two markers claiming at once one wins), claiming the next one
 * waiting longest, giving one back, and allocation by an admin. An instructor's queue holds only the essays
 * of the offerings they teach (Teaching, inside the queries); another one answers as not found.
 */
@Stateless
public class QueueService {

    public static final String SUBJECT = "Review";
    /** States in the queue when no state is chosen: those still to be marked or released. */
    static final EnumSet<SubmissionStatus> OPEN =
            EnumSet.of(SubmissionStatus.SUBMITTED, SubmissionStatus.IN_MARKING, SubmissionStatus.READY_FOR_RELEASE);

    private static final Map<String, String> SORTS = Map.of(
            "waitingSince",
            "r.submittedAt",
            "wordCount",
            "r.wordCount",
            "late",
            "r.late",
            "status",
            "s.status",
            "assignment",
            "a.dueAt",
            "offering",
            "a.offering.id",
            "marker",
            "m.fullName");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SubmissionService submissions;

    @Inject
    CourseService courses;

    @Inject
    AuditLog audit;

    /**
     * The count of the whole queue (or its unclaimed part) reads one index of reviews alone (queued, offering_id,
     * marker_id, late): Review keeps queued exactly while its essay is open, so the join to the essays that the page
     * keeps as the rule adds nothing there but 250,000 lookups at a consortium's size. The count of one marker's
     * claims, of one assignment or of one state joins, as the page does: those rows are few.
     */
    public long count(long actorId, QueueFilter filter) {
        boolean reviewsAlone =
                filter.status() == null && filter.assignmentId() == null && filter.scope() != QueueFilter.Scope.MINE;
        return query(actorId, filter, "SELECT COUNT(r)", null, true, Long.class, !reviewsAlone)
                .getSingleResult();
    }

    public List<Review> page(
            long actorId, QueueFilter filter, String sortField, boolean ascending, int first, int size) {
        return query(actorId, filter, "SELECT r", sortField, ascending, Review.class, true)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** The queue's query; {@code joined}: with the essays, their assignments and markers (else reviews alone). */
    private <T> TypedQuery<T> query(
            long actorId,
            QueueFilter filter,
            String select,
            String sortField,
            boolean ascending,
            Class<T> type,
            boolean joined) {
        Teaching teaching = courses.teaching(actorId);
        StringBuilder jpql = new StringBuilder(select)
                .append(
                        joined
                                ? " FROM Review r JOIN r.submission s JOIN s.assignment a LEFT JOIN r.marker m WHERE "
                                : " FROM Review r WHERE ")
                .append(teaching.idCondition("r.offeringId"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.offeringId() != null) {
            jpql.append(" AND r.offeringId = :offering");
            parameters.put("offering", filter.offeringId());
        }
        if (filter.assignmentId() != null) {
            jpql.append(" AND a.id = :assignment");
            parameters.put("assignment", filter.assignmentId());
        }
        if (joined) {
            List<SubmissionStatus> states = filter.status() == null ? List.copyOf(OPEN) : List.of(filter.status());
            // the reviews still queued, read in index order (Review.queued); the essay's state stays the rule
            jpql.append(OPEN.containsAll(states) ? " AND r.queued = TRUE" : " AND r.latest = TRUE")
                    .append(" AND s.status IN :states");
            parameters.put("states", states);
        } else {
            jpql.append(" AND r.queued = TRUE");
        }
        if (filter.late() != null) {
            jpql.append(" AND r.late = :late");
            parameters.put("late", filter.late());
        }
        if (filter.scope() == QueueFilter.Scope.MINE) {
            jpql.append(" AND m.id = :me");
            parameters.put("me", actorId);
        } else if (filter.scope() == QueueFilter.Scope.UNCLAIMED) {
            // joined: the outer-joined marker (a path r.marker there would join inner); alone: the column itself
            jpql.append(joined ? " AND m.id IS NULL" : " AND r.marker IS NULL");
        }
        if (type == Review.class) {
            String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "r.submittedAt");
            jpql.append(" ORDER BY ")
                    .append(order)
                    .append(ascending ? " ASC" : " DESC")
                    .append(", r.id");
        }
        TypedQuery<T> query = teaching.bind(em.createQuery(jpql.toString(), type));
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A review of an offering this staff member works on; empty for an unknown one and another offering's alike. */
    public Optional<Review> find(long actorId, long reviewId) {
        Teaching teaching = courses.teaching(actorId);
        return Optional.ofNullable(em.find(Review.class, reviewId)).filter(r -> teaching.covers(offeringOf(r)));
    }

    /** As find, refused as not found when empty. */
    public Review get(long actorId, long reviewId) {
        return find(actorId, reviewId).orElseThrow(() -> new BusinessException("grading.notFound"));
    }

    static Offering offeringOf(Review review) {
        return review.getSubmission().getAssignment().getOffering();
    }

    /** Takes one essay to mark; refused when someone else took it first. It moves into marking. */
    public Review claim(long actorId, long reviewId) {
        Account actor = Staff.staff(em, actorId);
        get(actorId, reviewId);
        int taken = em.createNamedQuery(Review.CLAIM)
                .setParameter("marker", actor)
                .setParameter("now", clock.instant())
                .setParameter("id", reviewId)
                .executeUpdate();
        Review review = get(actorId, reviewId);
        if (taken == 0) {
            // a locking read sees the winner's committed claim (a plain one may see this transaction's older snapshot)
            em.refresh(review, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (review.getMarker() == null) {
                throw new BusinessException("grading.claim.notOpen");
            }
            throw new BusinessException(
                    "grading.claim.taken", review.getMarker().getFullName());
        }
        em.refresh(review);
        startMarking(actorId, review, "claimed");
        audit.record(actorId, SUBJECT, reviewId, "CLAIM", null, null, "by " + actor.getEmail());
        return review;
    }

    /** Claims the unclaimed essay that has waited longest (among the filter's); empty when none is left. */
    public Optional<Review> claimNext(long actorId, QueueFilter filter) {
        QueueFilter unclaimed = new QueueFilter(
                filter.offeringId(), filter.assignmentId(), null, filter.late(), QueueFilter.Scope.UNCLAIMED);
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Long> candidates = page(actorId, unclaimed, "waitingSince", true, 0, 10).stream()
                    .filter(Review::isClaimable)
                    .map(Review::getId)
                    .toList();
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            for (long id : candidates) {
                Account actor = Staff.staff(em, actorId);
                int taken = em.createNamedQuery(Review.CLAIM)
                        .setParameter("marker", actor)
                        .setParameter("now", clock.instant())
                        .setParameter("id", id)
                        .executeUpdate();
                if (taken == 1) {
                    Review review = get(actorId, id);
                    em.refresh(review);
                    startMarking(actorId, review, "claimed (next)");
                    audit.record(actorId, SUBJECT, id, "CLAIM", null, null, "next, by " + actor.getEmail());
                    return Optional.of(review);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Gives an essay back to the queue: nobody marks it and it is SUBMITTED again (IN_MARKING → SUBMITTED
     * through the one state machine, audited), so it counts as waiting, not as in marking; the marks so far
     * stay for whoever claims it next.
     */
    public Review unclaim(long actorId, long reviewId, long loadedVersion) {
        Review review = get(actorId, reviewId);
        Staff.marker(em, actorId, review);
        requireVersion(review, loadedVersion);
        String had = review.getMarker().getEmail();
        review.unclaim();
        if (review.getSubmission().getStatus() == SubmissionStatus.IN_MARKING) {
            submissions.transition(
                    actorId, review.getSubmission().getId(), SubmissionStatus.SUBMITTED, "given back by " + had);
        }
        audit.record(actorId, SUBJECT, reviewId, "UNCLAIM", null, null, "from " + had);
        return review;
    }

    /**
     * An admin hands essays to instructors, evenly: the chosen essays, oldest first, go round the chosen
     * instructors in turn, each only to one on the teaching team of its offering (an essay whose offering none
     * of them teaches is refused, and nothing is allocated). Essays already decided are left alone. Answers how
     * many each one got.
     */
    public Map<String, Integer> allocate(long adminId, List<Long> reviewIds, List<Long> instructorIds) {
        Staff.admin(em, adminId);
        if (reviewIds.isEmpty()) {
            throw new BusinessException("grading.allocate.noEssays");
        }
        List<Account> instructors = instructorIds.stream()
                .distinct()
                .map(id -> em.find(Account.class, id))
                .filter(a -> a != null && a.isActive() && a.getRoles().contains(Role.INSTRUCTOR))
                .toList();
        if (instructors.isEmpty()) {
            throw new BusinessException("grading.allocate.noInstructors");
        }
        List<Review> reviews = new ArrayList<>(reviewIds.stream()
                .distinct()
                .map(id -> get(adminId, id))
                .filter(Review::isToBeMarked)
                .toList());
        reviews.sort(Comparator.comparing(Review::getSubmittedAt).thenComparing(Review::getId));
        Map<String, Integer> given = new LinkedHashMap<>();
        instructors.forEach(i -> given.put(i.getFullName(), 0));
        List<Account> to = new ArrayList<>();
        int turn = 0;
        for (Review review : reviews) {
            Offering offering = offeringOf(review);
            int next = nextOnTeam(instructors, offering, turn);
            if (next < 0) {
                throw new BusinessException("grading.allocate.notOnTeam", review.getCode());
            }
            to.add(instructors.get(next));
            turn = next + 1;
        }
        for (int i = 0; i < reviews.size(); i++) {
            Review review = reviews.get(i);
            Account marker = to.get(i);
            review.allocateTo(marker, clock.instant());
            startMarking(adminId, review, "allocated to " + marker.getEmail());
            audit.record(adminId, SUBJECT, review.getId(), "ALLOCATE", null, null, "to " + marker.getEmail());
            given.merge(marker.getFullName(), 1, Integer::sum);
        }
        return given;
    }

    /** The index of the first of the instructors, from this turn on (round), who teaches the offering; else -1. */
    private static int nextOnTeam(List<Account> instructors, Offering offering, int turn) {
        for (int k = 0; k < instructors.size(); k++) {
            int i = (turn + k) % instructors.size();
            if (offering.isTaughtBy(instructors.get(i).getId())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whom allocation offers: the active instructors on the offering's team; without an offering, those on the
     * team of any offering (each essay still goes only to its own offering's team).
     */
    public List<Account> allocationCandidates(long adminId, Long offeringId) {
        Staff.admin(em, adminId);
        if (offeringId != null) {
            return courses.findOffering(offeringId).map(Offering::getTeam).orElse(List.of()).stream()
                    .filter(Account::isActive)
                    .toList();
        }
        return em.createQuery(
                        "SELECT DISTINCT t FROM Offering o JOIN o.team t ORDER BY t.fullName, t.id", Account.class)
                .getResultStream()
                .filter(Account::isActive)
                .toList();
    }

    /** SUBMITTED → IN_MARKING through the one state machine, audited; already in marking stays. */
    void startMarking(long actorId, Review review, String why) {
        if (review.getSubmission().getStatus() == SubmissionStatus.SUBMITTED) {
            submissions.transition(actorId, review.getSubmission().getId(), SubmissionStatus.IN_MARKING, why);
        }
    }

    static void requireVersion(Review review, long loadedVersion) {
        ConcurrentEdit.check(review.getVersion(), loadedVersion);
    }
}

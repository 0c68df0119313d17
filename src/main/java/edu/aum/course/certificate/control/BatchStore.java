package edu.aum.course.certificate.control;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.entity.BatchItem;
import edu.aum.course.certificate.entity.CertificateBatch;
import edu.aum.course.certificate.entity.ItemStatus;
import edu.aum.course.enrollment.api.Enrollment;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The batch runner's steps, each its own short transaction, so that rendering and signing (the slow
 * part) hold no database lock. Storing locks the enrollment's row and looks for a current certificate
 * first; the unique key on certificates.current_enrollment_id is the last guard against issuing twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BatchStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    EligibilityService eligibility;

    @Inject
    Issuing issuing;

    @Inject
    CertificateWorks works;

    @Inject
    Clock clock;

    /** Takes (or renews) the batch's lease for this runner; false when another runner holds it or it stopped. */
    public boolean claim(long batchId, String owner, Duration lease) {
        Instant now = clock.instant();
        return em.createNamedQuery(CertificateBatch.CLAIM)
                        .setParameter("id", batchId)
                        .setParameter("owner", owner)
                        .setParameter("until", now.plus(lease))
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /** Claims a pending item for this runner for a while; false when it is done or another runner has it. */
    public boolean claimItem(long itemId, String owner, Duration claim) {
        Instant now = clock.instant();
        return em.createNamedQuery(BatchItem.CLAIM)
                        .setParameter("id", itemId)
                        .setParameter("owner", owner)
                        .setParameter("until", now.plus(claim))
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    public List<Long> pending(long batchId) {
        return em.createNamedQuery(BatchItem.PENDING_OF_BATCH, Long.class)
                .setParameter("batch", batchId)
                .getResultList();
    }

    public List<Long> resumable() {
        return em.createNamedQuery(CertificateBatch.RESUMABLE, Long.class)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    public boolean isRunning(long batchId) {
        CertificateBatch batch = em.find(CertificateBatch.class, batchId);
        return batch != null && batch.isRunning();
    }

    /**
     * The item's certificate data with a new serial, or empty when there is nothing to render: the item is
     * done, the enrollment already has a certificate in force (SKIPPED; a revoked one is replaced), is no longer eligible or its texts
     * cannot be printed (FAILED, with the reason).
     */
    public Optional<Prepared> prepare(long itemId) {
        BatchItem item = em.find(BatchItem.class, itemId);
        if (item == null || !item.isPending()) {
            return Optional.empty();
        }
        Enrollment enrollment = item.getEnrollment();
        Standing standing = eligibility.of(enrollment);
        if (standing.inForce().isPresent()) {
            item.notIssued(
                    ItemStatus.SKIPPED,
                    "certificate.batch.item.hasCertificate",
                    List.of(standing.inForce().get().getSerial()),
                    clock.instant());
            return Optional.empty();
        }
        if (!standing.eligible()) {
            CertificateProblem reason = standing.verdict().reasons().get(0);
            item.notIssued(ItemStatus.FAILED, reason.key(), reason.arguments(), clock.instant());
            return Optional.empty();
        }
        CertificateBatch batch = item.getBatch();
        String template = batch.getOffering().getCertificateTemplate();
        CertificateData data = issuing.data(enrollment, Serials.next());
        List<CertificateProblem> problems;
        try {
            problems = works.engine().check(template, data);
        } catch (CertificateRefused e) {
            problems = e.problems();
        }
        if (!problems.isEmpty()) {
            CertificateProblem said = AdminWording.first(enrollment.getStudent().getFullName(), problems);
            item.notIssued(ItemStatus.FAILED, said.key(), said.arguments(), clock.instant());
            return Optional.empty();
        }
        return Optional.of(new Prepared(
                itemId, enrollment.getId(), template, data, batch.isSendMail(), batch.getCreatedById(), batch.getId()));
    }

    /** Records the signed certificate of a prepared item, unless the enrollment got one in force meanwhile (SKIPPED). */
    public void store(Prepared prepared, byte[] pdf) {
        BatchItem item = em.find(BatchItem.class, prepared.itemId(), LockModeType.PESSIMISTIC_WRITE);
        if (!item.isPending()) {
            return;
        }
        Enrollment enrollment = em.find(Enrollment.class, prepared.enrollmentId(), LockModeType.PESSIMISTIC_WRITE);
        Optional<Certificate> current = issuing.current(enrollment.getId()).filter(Certificate::isInForce);
        if (current.isPresent()) {
            item.notIssued(
                    ItemStatus.SKIPPED,
                    "certificate.batch.item.hasCertificate",
                    List.of(current.get().getSerial()),
                    clock.instant());
            return;
        }
        Certificate certificate = issuing.record(
                enrollment,
                prepared.data(),
                prepared.template(),
                pdf,
                prepared.adminId(),
                prepared.mail(),
                "batch " + prepared.batchId());
        item.issued(certificate, clock.instant());
    }

    /** The engine refused to render the item: FAILED, said in the admin's words (AdminWording). */
    public void refused(long itemId, List<CertificateProblem> problems) {
        BatchItem item = em.find(BatchItem.class, itemId);
        if (item == null || !item.isPending()) {
            return;
        }
        CertificateProblem said =
                AdminWording.first(item.getEnrollment().getStudent().getFullName(), problems);
        item.notIssued(ItemStatus.FAILED, said.key(), said.arguments(), clock.instant());
    }

    /**
     * After a failed store: SKIPPED when another batch issued it meanwhile, else FAILED, said in the admin's
     * words (the runner has logged the error).
     */
    public void storeFailed(long itemId) {
        BatchItem item = em.find(BatchItem.class, itemId);
        if (item == null || !item.isPending()) {
            return;
        }
        Optional<Certificate> current =
                issuing.current(item.getEnrollment().getId()).filter(Certificate::isInForce);
        if (current.isPresent()) {
            item.notIssued(
                    ItemStatus.SKIPPED,
                    "certificate.batch.item.hasCertificate",
                    List.of(current.get().getSerial()),
                    clock.instant());
        } else {
            CertificateProblem said =
                    AdminWording.notStored(item.getEnrollment().getStudent().getFullName());
            item.notIssued(ItemStatus.FAILED, said.key(), said.arguments(), clock.instant());
        }
    }

    /** The runner stops: FINISHED when no item is left (a cancelled batch stays cancelled), the lease freed. */
    public void release(long batchId, String owner, long runMillis) {
        CertificateBatch batch = em.find(CertificateBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        batch.addRunTime(runMillis);
        if (batch.isRunning() && pending(batchId).isEmpty()) {
            batch.finish(clock.instant());
        }
    }
}

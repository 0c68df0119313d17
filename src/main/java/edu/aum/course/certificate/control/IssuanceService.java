package edu.aum.course.certificate.control;

import edu.aum.course.certificate.entity.BatchItem;
import edu.aum.course.certificate.entity.CertificateBatch;
import edu.aum.course.certificate.entity.ItemStatus;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.persistence.Fetching;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an admin does to issue an offering's certificates: set its rule and template (validated when
 * chosen), preview one certificate, dry-run a batch, start, cancel and resume batches.
 */
@Stateless
public class IssuanceService {

    /** The serial printed on previews: never a real one (0 is not in the serial alphabet). */
    public static final String PREVIEW_SERIAL = "0000-0000-0000";

    @PersistenceContext
    EntityManager em;

    @Inject
    EligibilityService eligibility;

    @Inject
    CertificateWorks works;

    @Inject
    Issuing issuing;

    @Inject
    Event<BatchStarted> started;

    @Inject
    Clock clock;

    /** Fired when a batch was created; the runner starts it once the transaction has committed. */
    public record BatchStarted(long batchId) {}

    public List<String> templates() {
        return works.engine().templateNames();
    }

    /**
     * Sets the offering's template and minimum average. The template is validated now: its problems are
     * answered (and nothing is saved) rather than found at issuance.
     */
    public List<CertificateProblem> configure(long offeringId, long version, String template, BigDecimal minAverage) {
        Offering offering = offering(offeringId);
        if (offering.getVersion() != version) {
            throw new OptimisticLockException(offering);
        }
        if (template == null || template.isBlank()) {
            throw new BusinessException("certificate.template.required");
        }
        List<CertificateProblem> problems = works.engine().validate(template.strip());
        if (problems.isEmpty()) {
            offering.certifyWith(template, minAverage);
        }
        return problems;
    }

    /** The unsigned PDF of one eligible enrollment's certificate as it would be issued today; nothing is stored. */
    public byte[] preview(long enrollmentId) {
        Enrollment enrollment = enrollment(enrollmentId);
        Standing standing = eligibility.of(enrollment);
        if (!standing.eligible()) {
            throw new BusinessException("certificate.preview.notEligible");
        }
        CertificateData data = issuing.data(enrollment, PREVIEW_SERIAL);
        try {
            return works.engine().preview(enrollment.getOffering().getCertificateTemplate(), data);
        } catch (CertificateRefused e) {
            CertificateProblem said = AdminWording.first(data.holderName(), e.problems());
            throw new BusinessException(said.key(), said.arguments().toArray());
        }
    }

    /** Exactly what a batch of these enrollments would do, and whom it would e-mail. */
    public List<DryRunLine> dryRun(long offeringId, Collection<Long> enrollmentIds, boolean mail) {
        Offering offering = offering(offeringId);
        List<CertificateProblem> templateProblems = works.engine().validate(offering.getCertificateTemplate());
        List<DryRunLine> lines = new ArrayList<>();
        for (Standing standing : eligibility.of(offeringId, enrollmentIds)) {
            lines.add(line(offering, standing, templateProblems, mail));
        }
        return lines;
    }

    /** The dry run of the admin's selection ("all" resolved in the database, see chosen). */
    public List<DryRunLine> dryRun(long offeringId, Selection selection, boolean mail) {
        return dryRun(offeringId, chosen(offeringId, selection), mail);
    }

    /**
     * The offering's enrollments that a batch would issue a certificate to now, by the dry run's own rule
     * (eligible, no current certificate, a usable template, texts it can print): what "Choose all
     * eligible" ticks, so it never ticks one the dry run then refuses. The database answers who is eligible
     * without a certificate (EligibilityService.issuableIds); only those are read, 500 at a time, to check their
     * texts.
     */
    public List<Long> issuable(long offeringId) {
        Offering offering = offering(offeringId);
        List<CertificateProblem> templateProblems = works.engine().validate(offering.getCertificateTemplate());
        if (!templateProblems.isEmpty()) {
            return List.of();
        }
        return Fetching.inChunks(
                eligibility.issuableIds(offeringId),
                chunk -> issuable(offering, eligibility.of(offeringId, chunk), templateProblems));
    }

    /** Which of these standings (a page of the offering's) the dry run would issue to. */
    public Set<Long> issuableAmong(long offeringId, Collection<Standing> standings) {
        Offering offering = offering(offeringId);
        List<CertificateProblem> templateProblems = works.engine().validate(offering.getCertificateTemplate());
        return Set.copyOf(issuable(offering, standings, templateProblems));
    }

    /** The enrollment ids of the admin's selection: "all" is IssuanceService.issuable, with the toggled ids. */
    public List<Long> chosen(long offeringId, Selection selection) {
        return selection.resolve(() -> issuable(offeringId));
    }

    private List<Long> issuable(
            Offering offering, Collection<Standing> standings, List<CertificateProblem> templateProblems) {
        return standings.stream()
                .filter(Standing::issuable)
                .filter(standing ->
                        line(offering, standing, templateProblems, false).issue())
                .map(Standing::enrollmentId)
                .toList();
    }

    private DryRunLine line(
            Offering offering, Standing standing, List<CertificateProblem> templateProblems, boolean mail) {
        if (standing.inForce().isPresent()) {
            return new DryRunLine(
                    standing,
                    false,
                    false,
                    CertificateProblem.of(
                            "certificate.batch.item.hasCertificate",
                            standing.inForce().get().getSerial()));
        }
        if (!standing.eligible()) {
            return new DryRunLine(
                    standing, false, false, standing.verdict().reasons().get(0));
        }
        String student = standing.enrollment().getStudent().getFullName();
        if (!templateProblems.isEmpty()) {
            return new DryRunLine(standing, false, false, AdminWording.first(student, templateProblems));
        }
        List<CertificateProblem> glyphs = works.engine()
                .check(offering.getCertificateTemplate(), issuing.data(standing.enrollment(), PREVIEW_SERIAL));
        if (!glyphs.isEmpty()) {
            return new DryRunLine(standing, false, false, AdminWording.first(student, glyphs));
        }
        return new DryRunLine(
                standing,
                true,
                mail,
                standing.revoked()
                        .map(old -> CertificateProblem.of("certificate.batch.item.replacesRevoked", old.getSerial()))
                        .orElse(null));
    }

    /** Creates the batch of the admin's selection (see chosen). */
    public long start(long adminId, long offeringId, Selection selection, boolean mail) {
        return start(adminId, offeringId, chosen(offeringId, selection), mail);
    }

    /** Creates the batch of the chosen enrollments; it runs in the background once this transaction commits. */
    public long start(long adminId, long offeringId, Collection<Long> enrollmentIds, boolean mail) {
        Offering offering = offering(offeringId);
        if (enrollmentIds == null || enrollmentIds.isEmpty()) {
            throw new BusinessException("certificate.batch.noneChosen");
        }
        if (!works.engine().validate(offering.getCertificateTemplate()).isEmpty()) {
            throw new BusinessException("certificate.batch.templateBroken", offering.getCertificateTemplate());
        }
        CertificateBatch batch = new CertificateBatch(offering, mail, adminId, clock.instant());
        em.persist(batch);
        for (Long id : enrollmentIds.stream().distinct().sorted().toList()) {
            Enrollment enrollment = em.find(Enrollment.class, id);
            if (enrollment != null && enrollment.getOffering().getId().equals(offeringId)) {
                em.persist(new BatchItem(batch, enrollment));
            }
        }
        em.flush();
        started.fire(new BatchStarted(batch.getId()));
        return batch.getId();
    }

    public void cancel(long batchId) {
        batch(batchId, LockModeType.PESSIMISTIC_WRITE).cancel();
    }

    /** A cancelled batch goes on with the items it had not done. */
    public void resume(long batchId) {
        batch(batchId, LockModeType.PESSIMISTIC_WRITE).resume();
        started.fire(new BatchStarted(batchId));
    }

    public Optional<CertificateBatch> find(long batchId) {
        return Optional.ofNullable(em.find(CertificateBatch.class, batchId));
    }

    public BatchProgress progress(long batchId) {
        CertificateBatch batch = batch(batchId, LockModeType.NONE);
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        for (Object[] row : em.createNamedQuery(BatchItem.COUNTS, Object[].class)
                .setParameter("batch", batchId)
                .getResultList()) {
            counts.put((ItemStatus) row[0], (Long) row[1]);
        }
        return new BatchProgress(batch, counts);
    }

    public List<BatchProgress> batches(long offeringId) {
        return em
                .createNamedQuery(CertificateBatch.OF_OFFERING, CertificateBatch.class)
                .setParameter("offering", offeringId)
                .setMaxResults(20)
                .getResultList()
                .stream()
                .map(b -> progress(b.getId()))
                .toList();
    }

    public List<BatchItem> items(long batchId) {
        return em.createNamedQuery(BatchItem.OF_BATCH, BatchItem.class)
                .setParameter("batch", batchId)
                .getResultList();
    }

    private CertificateBatch batch(long batchId, LockModeType lock) {
        CertificateBatch batch = em.find(CertificateBatch.class, batchId, lock);
        if (batch == null) {
            throw new BusinessException("certificate.batch.notFound");
        }
        return batch;
    }

    private Offering offering(long offeringId) {
        Offering offering = em.find(Offering.class, offeringId);
        if (offering == null) {
            throw new BusinessException("offering.notFound");
        }
        return offering;
    }

    private Enrollment enrollment(long enrollmentId) {
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new BusinessException("enrollment.notFound");
        }
        return enrollment;
    }
}

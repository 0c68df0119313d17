package edu.aum.course.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.api.CertificateStatus;
import edu.aum.course.certificate.control.BatchStore;
import edu.aum.course.certificate.control.CertificateService;
import edu.aum.course.certificate.control.CertificateWorks;
import edu.aum.course.certificate.control.DryRunLine;
import edu.aum.course.certificate.control.EligibilityCounts;
import edu.aum.course.certificate.control.EligibilityFilter;
import edu.aum.course.certificate.control.EligibilityService;
import edu.aum.course.certificate.control.IssuanceService;
import edu.aum.course.certificate.control.Prepared;
import edu.aum.course.certificate.control.SigningKey;
import edu.aum.course.certificate.control.Standing;
import edu.aum.course.certificate.control.StandingFilter;
import edu.aum.course.certificate.entity.BatchItem;
import edu.aum.course.certificate.entity.ItemStatus;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.SubmissionResult;
import edu.aum.course.grading.api.Review;
import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12 item 10 on the real schema: a revoked certificate is not a dead end. An admin issues anew to its
 * enrollment (at once or by a batch): the old one stays REVOKED, the new one is VALID and the current one (the
 * unique key on the current certificate still holds); the holder is e-mailed the public reason in their language,
 * never the internal note.
 */
class CertificateServiceIT {

    /** A signing key of the tests' own, made once under target/ (the demo key's way, outside ./data). */
    private static final Path KEY_DIR = Path.of("target/tier-signing");

    static {
        SigningKey.choose(Optional.empty(), Optional.empty(), true, KEY_DIR);
    }

    @RegisterExtension
    final ServiceTier tier = new ServiceTier()
            .setting("signing.keystore", KEY_DIR.resolve("demo-signing.p12").toString())
            .setting("signing.keystore.password", password());

    final ServiceData data = new ServiceData(tier);

    CertificateService certificates;
    IssuanceService issuance;
    Account admin;
    Offering offering;
    Enrollment enrollment;

    @BeforeEach
    void aStudentEligibleForTheCertificate() {
        certificates = tier.service(CertificateService.class);
        issuance = tier.service(IssuanceService.class);
        admin = data.admin("Ada Admin");
        Account marker = data.instructor("Mark Marker");
        offering = data.offering(null, 1);
        data.teach(offering, marker);
        Assignment essay = data.assignment(offering, true);
        Account student = data.student("Ольга Ошибкина", Language.RU);
        enrollment = data.enroll(student, offering, data.university(false));
        Review review = data.submit(student, essay, 50);
        data.release(marker, review, "30", SubmissionResult.PASS);
    }

    @Test
    void aRevokedCertificateStaysRevokedWhenANewOneIsIssuedAnewByABatch() {
        String first = runBatch();
        certificates.revoke(admin.getId(), first, "The name on it was misspelt.", "Ticket 4711: typo in the surname");

        Standing revoked = tier.service(EligibilityService.class).of(enrollment);
        assertTrue(revoked.issuable(), "eligible and issuable again");
        assertEquals(List.of("ISSUABLE"), standingsInTheDatabase(), "a revoked one is not in force");
        assertEquals(first, revoked.revoked().orElseThrow().getSerial(), "its revoked certificate as history");
        DryRunLine line = issuance.dryRun(offering.getId(), List.of(enrollment.getId()), false)
                .get(0);
        assertTrue(line.issue(), "the dry run would issue it");
        assertEquals("certificate.batch.item.replacesRevoked", line.reason().key());

        String second = runBatch();

        Certificate old = certificates.get(first);
        Certificate next = certificates.get(second);
        assertEquals(CertificateStatus.REVOKED, old.getStatus(), "stays REVOKED, not SUPERSEDED");
        assertEquals(next, old.getSuccessor());
        assertFalse(old.canBeIssuedAnew(), "no longer the current one");
        assertEquals(CertificateStatus.VALID, next.getStatus());
        assertEquals(
                Optional.of(next),
                tier.service(EligibilityService.class).of(enrollment).current());
        assertEquals("The name on it was misspelt.", old.getRevokedPublicReason());
        assertEquals("Ticket 4711: typo in the surname", old.getRevokedReason());
        assertEquals("", runBatchExpectingSkip(), "one in force: the next batch skips it");
        assertEquals(List.of("CERTIFIED"), standingsInTheDatabase(), "the new one is in force");
        assertEquals(
                new EligibilityCounts(1, 1, 1),
                tier.service(EligibilityService.class).counts(offering.getId()));
    }

    /** The filters of the eligibility page (EligibilityJpql) that find the enrollment. */
    private List<String> standingsInTheDatabase() {
        tier.em().flush();
        return Stream.of(StandingFilter.ISSUABLE, StandingFilter.NOT_ELIGIBLE, StandingFilter.CERTIFIED)
                .filter(f ->
                        tier.service(EligibilityService.class).count(offering.getId(), new EligibilityFilter(null, f))
                                == 1)
                .map(Enum::name)
                .toList();
    }

    @Test
    void anAdminIssuesAnewAtOnceAndTheHolderWasMailedOnlyThePublicReasonInTheirLanguage() {
        String first = runBatch();
        certificates.revoke(admin.getId(), first, "Выдан по ошибке.", "internal: wrong offering ticked");

        OutboxMessage mail = revocationMail();
        assertEquals(Language.RU, mail.getLanguage());
        assertTrue(mail.getSubject().startsWith("Ваш сертификат отозван"), mail.getSubject());
        assertTrue(mail.getBody().contains("Причина: Выдан по ошибке."), mail.getBody());
        assertTrue(mail.getBody().contains(first), mail.getBody());
        assertTrue(mail.getBody().contains("/verify/" + first), mail.getBody());
        assertFalse(mail.getBody().contains("internal"), "the internal note never leaves: " + mail.getBody());

        String next = certificates.issueAnew(admin.getId(), first, false);

        assertEquals(CertificateStatus.REVOKED, certificates.get(first).getStatus());
        assertEquals(CertificateStatus.VALID, certificates.get(next).getStatus());
        assertTrue(certificates.get(next).isInForce());
        assertEquals(
                "certificate.issueAnew.notRevoked", refusal(() -> certificates.issueAnew(admin.getId(), first, false)));
        assertEquals("certificate.reissue.revoked", refusal(() -> certificates.reissue(admin.getId(), first, false)));
        assertEquals(
                List.of(next, first),
                certificates.ofStudent(enrollment.getStudent().getId()).stream()
                        .map(Certificate::getSerial)
                        .toList(),
                "the student's list: the new one first, the revoked one kept");
    }

    @Test
    void revokingWithoutAPublicReasonIsRefusedAndNothingIsMailed() {
        String first = runBatch();

        assertEquals(
                "certificate.revoke.publicReasonRequired",
                refusal(() -> certificates.revoke(admin.getId(), first, " ", "only a note")));

        assertEquals(CertificateStatus.VALID, certificates.get(first).getStatus());
        assertTrue(mails().isEmpty());
    }

    /** A batch of the one enrollment, worked as BatchRunner works it; answers the serial it issued. */
    private String runBatch() {
        BatchItem item = batchItem();
        Prepared prepared = tier.service(BatchStore.class).prepare(item.getId()).orElseThrow();
        byte[] pdf = tier.service(CertificateWorks.class).engine().issue(prepared.template(), prepared.data());
        tier.service(BatchStore.class).store(prepared, pdf);
        assertEquals(ItemStatus.ISSUED, item.getStatus(), item.getProblemKey());
        return item.getCertificate().getSerial();
    }

    private String runBatchExpectingSkip() {
        BatchItem item = batchItem();
        assertTrue(tier.service(BatchStore.class).prepare(item.getId()).isEmpty());
        assertEquals(ItemStatus.SKIPPED, item.getStatus());
        return "";
    }

    private BatchItem batchItem() {
        long batch = issuance.start(admin.getId(), offering.getId(), List.of(enrollment.getId()), false);
        List<BatchItem> items = issuance.items(batch);
        assertEquals(1, items.size());
        return items.get(0);
    }

    private OutboxMessage revocationMail() {
        List<OutboxMessage> mails = mails();
        assertEquals(1, mails.size(), "one mail to the holder");
        return mails.get(0);
    }

    private List<OutboxMessage> mails() {
        return tier.em()
                .createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.recipient = :to AND m.template = 'certificate.revoked'",
                        OutboxMessage.class)
                .setParameter("to", enrollment.getStudent().getEmail())
                .getResultList();
    }

    private static String refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).key();
    }

    private static String password() {
        try {
            return Files.readString(KEY_DIR.resolve("demo-signing.p12.password"))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package edu.aum.course.certificate.control;

import static edu.aum.course.certificate.api.CertificateTest.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.api.CertificateTest;
import edu.aum.course.certificate.entity.CertificateBatch;
import edu.aum.course.certificate.entity.ItemStatus;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the offering's certificate screen and the batch page ask of an enrollment's standing and a batch. */
class StandingTest {

    private static final Instant NOW = Instant.parse("2026-12-20T10:00:00Z");

    private static final Enrollment ENROLLMENT = new Enrollment() {};

    private static final EligibilityRule.Verdict ELIGIBLE = new EligibilityRule.Verdict(List.of());
    private static final EligibilityRule.Verdict TOO_FEW =
            new EligibilityRule.Verdict(List.of(CertificateProblem.of("certificate.eligibility.essays", 3, 4)));

    private static Standing standing(EligibilityRule.Verdict verdict, Certificate current) {
        return new Standing(ENROLLMENT, EssayTally.NONE, verdict, Optional.ofNullable(current));
    }

    @Test
    void onlyAValidCurrentCertificateIsReissuedOrRevoked() {
        Certificate valid = certificate();
        Standing withValid = standing(ELIGIBLE, valid);
        assertTrue(withValid.certified());
        assertTrue(withValid.reissuable());
        assertTrue(withValid.revocable());
        assertFalse(withValid.issuable(), "it has its certificate");

        valid.revoke(CertificateTest.ADMIN, "Issued in error", "Plagiarism", NOW);
        assertFalse(withValid.certified(), "a revoked certificate is not in force");
        assertFalse(withValid.reissuable());
        assertFalse(withValid.revocable());
        assertTrue(withValid.issuable(), "issued anew, by a batch or at once");
        assertTrue(withValid.issuableAnew());
        assertEquals(Optional.of(valid), withValid.revoked(), "shown as its history");
        assertFalse(standing(TOO_FEW, valid).issuable(), "only while eligible");
        assertFalse(standing(TOO_FEW, valid).issuableAnew());

        Standing without = standing(ELIGIBLE, null);
        assertFalse(without.certified());
        assertFalse(without.reissuable());
        assertFalse(without.revocable());
        assertTrue(without.issuable());
    }

    @Test
    void aCancelledBatchResumesOnlyWithItemsLeftToDo() {
        CertificateBatch batch = new CertificateBatch(new Offering() {}, true, 1, NOW);
        Map<ItemStatus, Long> halfDone = Map.of(ItemStatus.ISSUED, 2L, ItemStatus.PENDING, 3L);
        assertFalse(new BatchProgress(batch, halfDone).resumable(), "still running");

        batch.cancel();

        assertTrue(new BatchProgress(batch, halfDone).resumable());
        assertFalse(new BatchProgress(batch, Map.of(ItemStatus.ISSUED, 5L)).resumable(), "nothing left to do");
    }
}

package edu.aum.course.certificate.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.aum.course.platform.BusinessException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateBatchTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aBatchRunsUntilFinishedOrCancelledAndOnlyACancelledOneResumes() {
        CertificateBatch batch = new CertificateBatch(new edu.aum.course.enrollment.api.Offering() {}, true, 1, NOW);
        assertEquals(BatchStatus.RUNNING, batch.getStatus());
        assertThrows(BusinessException.class, batch::resume);
        batch.cancel();
        assertEquals(BatchStatus.CANCELLED, batch.getStatus());
        assertThrows(BusinessException.class, batch::cancel);
        batch.finish(NOW); // a cancelled batch stays cancelled
        assertEquals(BatchStatus.CANCELLED, batch.getStatus());
        batch.resume();
        batch.finish(NOW);
        assertEquals(BatchStatus.FINISHED, batch.getStatus());
        assertEquals(NOW, batch.getFinishedAt());
    }

    @Test
    void anItemIsDoneOnceAndKeepsItsReason() {
        BatchItem item = new BatchItem(
                new CertificateBatch(new edu.aum.course.enrollment.api.Offering() {}, false, 1, NOW),
                new edu.aum.course.enrollment.api.Enrollment() {});
        item.notIssued(
                ItemStatus.FAILED,
                "certificate.glyph.missing",
                List.of("holderName", "李伟", "李", "U+674E", "DejaVuSans.ttf"),
                NOW);
        assertEquals(ItemStatus.FAILED, item.getStatus());
        assertArrayEquals(new Object[] {"holderName", "李伟", "李", "U+674E", "DejaVuSans.ttf"}, item.problemArguments());
        assertThrows(IllegalStateException.class, () -> item.notIssued(ItemStatus.SKIPPED, "x", List.of(), NOW));
    }
}

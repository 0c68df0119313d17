package edu.aum.course.certificate.control;

import edu.aum.course.certificate.entity.CertificateBatch;
import edu.aum.course.certificate.entity.ItemStatus;
import java.util.Map;

/** How far a batch is: its items by outcome. */
public record BatchProgress(CertificateBatch batch, Map<ItemStatus, Long> counts) implements java.io.Serializable {

    public long count(ItemStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long done() {
        return total() - count(ItemStatus.PENDING);
    }

    /** 0–100, for the progress bar. */
    public int percent() {
        return total() == 0 ? 100 : (int) (done() * 100 / total());
    }

    public long issued() {
        return count(ItemStatus.ISSUED);
    }

    public long skipped() {
        return count(ItemStatus.SKIPPED);
    }

    public long failed() {
        return count(ItemStatus.FAILED);
    }

    public long pending() {
        return count(ItemStatus.PENDING);
    }

    /** Whether resuming would do anything: the batch was cancelled with items still to do. */
    public boolean resumable() {
        return batch.isCancelled() && pending() > 0;
    }
}

package edu.aum.course.certificate.view;

import edu.aum.course.certificate.control.BatchProgress;
import edu.aum.course.certificate.control.IssuanceService;
import edu.aum.course.certificate.entity.BatchItem;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * /admin/certificate-batch.xhtml?id=N: a batch's progress bar, polled while it runs (the state is in the
 * database, so a reload or another admin sees the same), its items, cancel and resume.
 */
@Named
@ViewScoped
public class CertificateBatchBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IssuanceService issuance;

    private Long id;
    private BatchProgress progress;
    private List<BatchItem> items = List.of();

    /** f:viewAction */
    public void load() {
        progress = id == null
                ? null
                : issuance.find(id).map(b -> issuance.progress(id)).orElse(null);
        if (progress != null) {
            items = issuance.items(id);
        }
    }

    /** Each poll while the batch runs: the counts, and the items once it has stopped. */
    public void poll() {
        boolean wasRunning = isRunning();
        progress = issuance.progress(id);
        if (wasRunning && !isRunning()) {
            items = issuance.items(id);
        }
    }

    public void cancel() {
        issuance.cancel(id);
        Messages.info(null, "admin.batch.cancelled");
        load();
    }

    public void resume() {
        issuance.resume(id);
        Messages.info(null, "admin.batch.resumed");
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BatchProgress getProgress() {
        return progress;
    }

    public List<BatchItem> getItems() {
        return items;
    }

    public boolean isRunning() {
        return progress != null && progress.batch().isRunning();
    }
}

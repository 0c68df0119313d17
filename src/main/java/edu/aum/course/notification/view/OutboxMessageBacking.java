package edu.aum.course.notification.view;

import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.notification.control.OutboxService;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One message of the outbox, as it was written, with its delivery state. */
@Named
@ViewScoped
public class OutboxMessageBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OutboxService outbox;

    private Long id;
    private OutboxMessage message;

    /** f:viewAction: an unknown id shows a message, not an error page. */
    public void load() {
        message = id == null ? null : outbox.find(id).orElse(null);
        if (message == null) {
            Messages.error(null, "admin.outbox.message.notFound");
        }
    }

    public void retry() {
        outbox.retry(id);
        load();
        Messages.info(null, "admin.outbox.message.requeued");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OutboxMessage getMessage() {
        return message;
    }
}

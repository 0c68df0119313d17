package edu.aum.course.notification.view;

import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.notification.control.OutboxService;
import edu.aum.course.notification.control.SmtpTransport;
import edu.aum.course.notification.entity.MailStatus;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.PagedModel;
import edu.aum.course.platform.i18n.Messages;
import edu.aum.course.platform.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/** The admin's view of the outbox: a lazy table with a status and a text filter. */
@Named
@ViewScoped
public class OutboxBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OutboxService outbox;

    @Inject
    transient SmtpTransport smtp;

    @Inject
    transient Settings settings;

    @Inject
    CurrentUser activeUser;

    private MailStatus status;
    private String text;
    private Map<MailStatus, Long> counts;
    private final LazyDataModel<OutboxMessage> messages = new PagedModel<>(
            () -> outbox.count(status, text),
            (first, size) -> outbox.page(status, text, first, size),
            id -> outbox.find(id),
            OutboxMessage::getId);

    @PostConstruct
    void load() {
        counts = outbox.countByStatus();
    }

    public void sendTest() {
        outbox.sendTest(activeUser.getEmail(), activeUser.getFullName(), activeUser.language());
        counts = outbox.countByStatus();
        Messages.info(null, "admin.outbox.testQueued", activeUser.getEmail());
    }

    public boolean isSmtpConfigured() {
        return smtp.isConfigured();
    }

    public String getSmtpNotice() {
        return Messages.text("admin.outbox.smtpOn", settings.smtpHost().orElse("") + ":" + settings.smtpPort());
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public Map<MailStatus, Long> getCounts() {
        return counts;
    }

    public LazyDataModel<OutboxMessage> getMessages() {
        return messages;
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

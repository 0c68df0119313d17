package edu.aum.course.notification.control;

import edu.aum.course.notification.api.OutboxMessage;
import edu.aum.course.notification.entity.MailAttachment;
import edu.aum.course.platform.config.Settings;
import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * The SMTP server of SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_STARTTLS and MAIL_FROM.
 * The mail session is built once; without SMTP_HOST there is none and mail stays in the outbox.
 */
@ApplicationScoped
public class SmtpTransport {

    private static final String TIMEOUT_MILLIS = "20000";

    @Inject
    Settings settings;

    private Session session;

    @PostConstruct
    void connect() {
        settings.smtpHost().ifPresent(host -> {
            Properties properties = new Properties();
            properties.put("mail.transport.protocol", "smtp");
            properties.put("mail.smtp.host", host);
            properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
            properties.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpStartTls()));
            properties.put("mail.smtp.starttls.required", String.valueOf(settings.smtpStartTls()));
            properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
            Authenticator authenticator = null;
            if (settings.smtpUser().isPresent()) {
                properties.put("mail.smtp.auth", "true");
                String user = settings.smtpUser().get();
                String password = settings.smtpPassword().orElse("");
                authenticator = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user, password);
                    }
                };
            }
            session = Session.getInstance(properties, authenticator);
        });
    }

    public boolean isConfigured() {
        return session != null;
    }

    /** Hands one message to the SMTP server; throws when the server does not accept it. */
    public void send(OutboxMessage message) throws MessagingException {
        send(message, List.of());
    }

    /** The same, with files attached (a multipart message: the text, then each file). */
    public void send(OutboxMessage message, List<MailAttachment> attachments) throws MessagingException {
        if (session == null) {
            throw new MessagingException("No SMTP server is configured (SMTP_HOST)");
        }
        MimeMessage mime = new StoredId(session, message.getMessageId());
        mime.setFrom(new InternetAddress(settings.mailFrom()));
        mime.setRecipient(Message.RecipientType.TO, recipient(message));
        mime.setSubject(message.getSubject(), "UTF-8");
        if (attachments.isEmpty()) {
            mime.setText(message.getBody(), "UTF-8");
        } else {
            mime.setContent(multipart(message, attachments));
        }
        mime.setSentDate(new Date());
        mime.setHeader("X-Outbox-Id", String.valueOf(message.getId()));
        Transport.send(mime);
    }

    /** A message whose Message-ID is the outbox row's, not a new one per attempt (MimeMessage makes one at saveChanges). */
    static final class StoredId extends MimeMessage {
        private final String messageId;

        StoredId(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", messageId);
            }
        }
    }

    private static MimeMultipart multipart(OutboxMessage message, List<MailAttachment> attachments)
            throws MessagingException {
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getBody(), "UTF-8");
        multipart.addBodyPart(text);
        for (MailAttachment attachment : attachments) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(attachment.getContent(), attachment.getContentType())));
            file.setFileName(attachment.getFileName());
            file.setDisposition(Part.ATTACHMENT);
            multipart.addBodyPart(file);
        }
        return multipart;
    }

    private static InternetAddress recipient(OutboxMessage message) throws MessagingException {
        try {
            return new InternetAddress(message.getRecipient(), message.getRecipientName(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("Cannot encode the recipient's name", e);
        }
    }
}

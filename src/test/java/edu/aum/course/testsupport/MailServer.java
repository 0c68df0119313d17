package edu.aum.course.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GreenMail, a real SMTP server inside the test JVM, to which the application under test sends its mail. */
public final class MailServer {

    private final GreenMail greenMail;
    private final int port;

    MailServer(int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public int port() {
        return port;
    }

    /** Simulates an SMTP outage: connections are refused until start(). */
    public void stop() {
        greenMail.stop();
    }

    public void start() {
        greenMail.start();
    }

    public List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(to(address))
                .toList();
    }

    /** Waits for a message to the address that matches; fails after the timeout. */
    public MimeMessage await(String address, Predicate<MimeMessage> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var found = messagesTo(address).stream().filter(matching).reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail to " + address + " within " + timeout + "; received: "
                + messagesTo(address).size());
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the message's text that starts with the prefix, e.g. the server's URL. */
    public static String link(MimeMessage message, String prefix) {
        Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "\\S+").matcher(body(message));
        if (!matcher.find()) {
            throw new AssertionError("No link " + prefix + "... in:\n" + body(message));
        }
        return matcher.group();
    }

    private static Predicate<MimeMessage> to(String address) {
        return message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(
                                recipient -> recipient.toString().toLowerCase().contains(address.toLowerCase()));
            } catch (MessagingException e) {
                return false;
            }
        };
    }
}

package edu.aum.course.account.control;

import edu.aum.course.account.entity.EmailAddress;
import edu.aum.course.platform.ratelimit.Throttle.Rule;
import edu.aum.course.platform.ratelimit.Throttles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails that anyone can have sent by typing an address (registration, a new confirmation link, a reset
 * link) are limited to 3 an hour per recipient, so the forms cannot flood a mailbox, and to 30
 * (MAIL_LIMIT_PER_ADDRESS) per client address, so one client cannot flood the outbox: 30, not 3, because a class
 * registering in its first lecture shares one campus NAT address, and over the limit a student would silently get
 * no confirmation link. Over the limit, nothing is mailed and the page answers as ever, so that it tells
 * nobody whether an address has an account. Kept in the database (Throttles).
 */
@ApplicationScoped
public class MailLimits {

    static final Rule PER_RECIPIENT = Rule.fixed(3, Duration.ofHours(1));

    private static final Logger LOG = Logger.getLogger(MailLimits.class.getName());

    @Inject
    Throttles throttles;

    /** Behind a campus NAT a whole class shares one address: MAIL_LIMIT_PER_ADDRESS raises it. */
    @Inject
    @ConfigProperty(name = "mail.limit.per.address", defaultValue = "30")
    int perAddress;

    private Rule perAddressRule;

    @PostConstruct
    void read() {
        perAddressRule = Rule.fixed(Math.max(1, perAddress), Duration.ofHours(1));
    }

    /** Whether one more such mail may go to the recipient at the request of the client address; counts it if so. */
    public boolean allow(String recipient, String clientAddress) {
        String to = Throttles.key("mail-to", EmailAddress.normalize(recipient));
        String from = Throttles.key("mail-from", clientAddress == null ? "unknown" : clientAddress);
        if (throttles.isLocked(to) || throttles.isLocked(from)) {
            LOG.info(() -> "A mail from a public form was not queued: over the limit of its recipient or address");
            return false;
        }
        record(to, PER_RECIPIENT);
        record(from, perAddressRule);
        return true;
    }

    private void record(String key, Rule rule) {
        try {
            throttles.record(key, rule);
        } catch (EJBException e) {
            // two first mails at once: the loser's is not counted
        }
    }
}

package edu.aum.course.account.control;

import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.AccountService.SessionStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The standing of signed-in accounts (SessionGuard asks it at every request for a page), read from the database at
 * most once every {@code session.standing.seconds} (default 3) per account instead of at every request. A change of
 * any account on this instance (deactivation, a new password or e-mail: Account's session epoch) forgets every
 * standing read, at the change and again once its transaction has ended, so this instance refuses a deactivated
 * session at its next request; another instance of a cluster does within those seconds.
 */
@ApplicationScoped
public class SessionStandings {

    private static final Logger LOG = Logger.getLogger(SessionStandings.class.getName());
    /** Above this many accounts read, the reads past their time are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private record Read(Optional<SessionStanding> standing, long atNanos) {}

    private final Map<String, Read> reads = new ConcurrentHashMap<>();
    /** Counts the changes: a read that began before one is not kept. */
    private final AtomicLong changes = new AtomicLong();

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "session.standing.seconds", defaultValue = "3")
    int seconds;

    /** The standing of the account signed in with this e-mail; empty once the e-mail is no account's. */
    public Optional<SessionStanding> of(String email) {
        long now = System.nanoTime();
        Read read = reads.get(email);
        if (read != null && now - read.atNanos() < seconds * 1_000_000_000L) {
            return read.standing();
        }
        long before = changes.get();
        Optional<SessionStanding> standing = accounts.sessionStanding(email);
        if (changes.get() == before) {
            if (reads.size() > PRUNE_ABOVE) {
                reads.values().removeIf(r -> now - r.atNanos() >= seconds * 1_000_000_000L);
            }
            reads.put(email, new Read(standing, now));
        }
        return standing;
    }

    /** Every standing is read again at its next request. */
    void forgetAll() {
        changes.incrementAndGet();
        reads.clear();
    }

    /** Account's entity listener: any change of an account forgets the standings, now and after its commit. */
    public static class OnAccountChange {

        @Inject
        SessionStandings standings;

        private SessionStandings standings() {
            if (standings == null) {
                try {
                    standings = CDI.current().select(SessionStandings.class).get();
                } catch (IllegalStateException e) {
                    return null;
                }
            }
            return standings;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object account) {
            SessionStandings standings = standings();
            if (standings == null) {
                return; // no container (the service tier's tests): nothing read to forget
            }
            standings.forgetAll();
            try {
                TransactionSynchronizationRegistry registry = (TransactionSynchronizationRegistry)
                        new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                if (registry.getTransactionKey() != null) {
                    registry.registerInterposedSynchronization(new Synchronization() {
                        @Override
                        public void beforeCompletion() {
                            // the change is not visible to other transactions yet
                        }

                        @Override
                        public void afterCompletion(int status) {
                            standings.forgetAll();
                        }
                    });
                }
            } catch (NamingException | IllegalStateException e) {
                LOG.log(Level.FINE, "no transaction to wait for; forgotten at the change only", e);
            }
        }
    }
}

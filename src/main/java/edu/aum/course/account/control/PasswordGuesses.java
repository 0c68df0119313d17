package edu.aum.course.account.control;

import edu.aum.course.account.entity.EmailAddress;
import edu.aum.course.platform.ratelimit.Throttle.Rule;
import edu.aum.course.platform.ratelimit.Throttles;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The one rule for guessing passwords, at sign-in and wherever a password is asked again (My account):
 * counted per account and network address, so that nobody can lock the owner out from elsewhere. After
 * 5 wrong passwords for an e-mail from one address within 15 minutes, that pair is locked for a minute,
 * then at each further wrong one twice as long (up to an hour), until the right password is given. An
 * address is also locked for 15 minutes after 100 wrong passwords for any e-mails within 15 minutes.
 * An e-mail without an account counts the same, so a lock reveals nothing. Kept in the database (Throttles).
 */
@ApplicationScoped
public class PasswordGuesses {

    static final Rule PER_ACCOUNT_AND_ADDRESS =
            Rule.growing(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1));
    static final Rule PER_ADDRESS = Rule.fixed(100, Duration.ofMinutes(15));

    @Inject
    Throttles throttles;

    public boolean isLocked(String email, String address) {
        return throttles.isLocked(pair(email, address)) || throttles.isLocked(address(address));
    }

    /** Counts a wrong password; answers whether the pair or the address is locked now. */
    public boolean failed(String email, String address) {
        boolean pairLocked = record(pair(email, address), PER_ACCOUNT_AND_ADDRESS);
        boolean addressLocked = record(address(address), PER_ADDRESS);
        return pairLocked || addressLocked;
    }

    /** The right password forgets the pair's failures (not the address's). */
    public void succeeded(String email, String address) {
        throttles.forget(pair(email, address));
    }

    /** Two first failures at once may both insert the counter; the loser's failure is not counted. */
    private boolean record(String key, Rule rule) {
        try {
            return throttles.record(key, rule);
        } catch (EJBException e) {
            return false;
        }
    }

    static String pair(String email, String address) {
        return Throttles.key("guess", EmailAddress.normalize(email), known(address));
    }

    static String address(String address) {
        return Throttles.key("guess-address", known(address));
    }

    private static String known(String address) {
        return address == null ? "unknown" : address;
    }
}

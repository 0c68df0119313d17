package edu.aum.course.account.control;

import edu.aum.course.account.entity.EmailAddress;
import edu.aum.course.account.entity.LoginThrottle;
import edu.aum.course.account.entity.LoginThrottle.Rule;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Failed sign-ins per e-mail (as typed, whether or not it has an account, so a lock reveals nothing)
 * and per network address. Each step is its own short transaction; rows are locked while counted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottleService {

    static final Rule PER_EMAIL = new Rule(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    static final Rule PER_ADDRESS = new Rule(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public boolean isLocked(String email, String address) {
        Instant now = clock.instant();
        return keys(email, address)
                .map(key -> Optional.ofNullable(em.find(LoginThrottle.class, key)))
                .flatMap(Optional::stream)
                .anyMatch(throttle -> throttle.isLocked(now));
    }

    /** Counts a wrong password; answers whether the e-mail or the address is locked now. */
    public boolean recordFailure(String email, String address) {
        Instant now = clock.instant();
        boolean emailLocked = locked(emailKey(email), now).recordFailure(now, PER_EMAIL);
        boolean addressLocked =
                address != null && locked(addressKey(address), now).recordFailure(now, PER_ADDRESS);
        return emailLocked || addressLocked;
    }

    /** A successful sign-in forgets the e-mail's failures (not the address's). */
    public void recordSuccess(String email) {
        Optional.ofNullable(em.find(LoginThrottle.class, emailKey(email), LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(throttle -> throttle.reset(clock.instant()));
    }

    /** Rows nobody failed with for a day, and not locked, are forgotten. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    void forgetStale() {
        Instant now = clock.instant();
        em.createNamedQuery(LoginThrottle.DELETE_STALE)
                .setParameter("before", now.minus(Duration.ofDays(1)))
                .setParameter("now", now)
                .executeUpdate();
    }

    private LoginThrottle locked(String key, Instant now) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(key, now);
            em.persist(throttle);
        }
        return throttle;
    }

    private static Stream<String> keys(String email, String address) {
        return address == null ? Stream.of(emailKey(email)) : Stream.of(emailKey(email), addressKey(address));
    }

    static String emailKey(String email) {
        return "email:" + Tokens.hash(EmailAddress.normalize(email));
    }

    static String addressKey(String address) {
        return "address:" + Tokens.hash(address);
    }
}

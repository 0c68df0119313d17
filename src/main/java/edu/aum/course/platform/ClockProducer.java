package edu.aum.course.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.InstantSource;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * The one clock the services ask for the time, so that tests can set it. It is the system clock, unless a
 * java.time.InstantSource provider is on the server's class path: only the integration tests put one there
 * (the test-clock jar, see PayaraServer); the WAR has none, and no setting or environment variable adds one.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    /** Injected as Clock by the services, as HistoryClock by demo mode (which replays last year through them). */
    @Produces
    @ApplicationScoped
    HistoryClock clock() {
        return new HistoryClock(ServiceLoader.load(InstantSource.class, ClockProducer.class.getClassLoader())
                .findFirst()
                .map(ClockProducer::testClock)
                .orElseGet(Clock::systemUTC));
    }

    private static InstantSource testClock(InstantSource source) {
        LOG.warning(
                () -> "The time comes from " + source.getClass().getName() + ", a test clock, not the system clock");
        return source;
    }
}

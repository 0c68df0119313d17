package edu.aum.course.testsupport;

import edu.aum.course.platform.HistoryClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The service tier's clock: services read it through their injected Clock (demo mode through HistoryClock, which
 * may replay the past on a thread), the test sets and moves the present. UTC.
 */
public final class TestClock extends HistoryClock {

    private Instant now;

    public TestClock(Instant start) {
        super(Clock.systemUTC()); // not read: present() is this clock's own
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public Instant advance(Duration by) {
        now = now.plus(by);
        return now;
    }

    @Override
    protected Instant present() {
        return now;
    }
}

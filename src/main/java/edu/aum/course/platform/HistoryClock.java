package edu.aum.course.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The services' clock (ClockProducer): the present, except on a thread that is replaying the past. Demo mode
 * creates last year's history through the services themselves (submit, claim, mark, release, issue) by running
 * each step {@link #at} the moment it happened, so that every rule the product applies to a person's click is
 * applied to the demo's too. Only the calling thread sees the past, only for the step, and never the future:
 * every other request, timer and thread reads the present meanwhile.
 */
public class HistoryClock extends Clock {

    private final InstantSource present;
    private final ThreadLocal<Instant> replayed = new ThreadLocal<>();

    /** For the container's proxy only. */
    protected HistoryClock() {
        this(Clock.systemUTC());
    }

    public HistoryClock(InstantSource present) {
        this.present = Objects.requireNonNull(present);
    }

    /** Runs the step as if it were {@code past} (on this thread); answers the step's result. */
    public <T> T at(Instant past, Supplier<T> step) {
        Instant now = present();
        if (past.isAfter(now)) {
            throw new IllegalArgumentException("The clock is moved into the past only: " + past + " > " + now);
        }
        Instant outer = replayed.get();
        replayed.set(past);
        try {
            return step.get();
        } finally {
            if (outer == null) {
                replayed.remove();
            } else {
                replayed.set(outer);
            }
        }
    }

    /** Runs the step as if it were {@code past} (on this thread). */
    public void at(Instant past, Runnable step) {
        at(past, () -> {
            step.run();
            return null;
        });
    }

    /** The present, whatever this thread replays. */
    protected Instant present() {
        return present.instant();
    }

    @Override
    public Instant instant() {
        Instant past = replayed.get();
        return past == null ? present() : past;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new Zoned(this, zone);
    }

    /** The same readings in another zone (e.g. for today's date where the reader lives). */
    private static final class Zoned extends Clock {
        private final HistoryClock clock;
        private final ZoneId zone;

        Zoned(HistoryClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return clock.withZone(other);
        }
    }
}

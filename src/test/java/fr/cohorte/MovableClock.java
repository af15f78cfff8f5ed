package fr.cohorte;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still until the test moves it, in place of the system's: rules that depend
 * on time (waits, expiries) are checked without waiting. Import {@link InPlaceOfTheSystemClock}.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;

    public MovableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving moment, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }
        };
    }

    /** Gives the application this clock, starting at the present moment. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InPlaceOfTheSystemClock {

        @Bean
        @Primary
        MovableClock movableClock() {
            // Whole milliseconds, as PostgreSQL keeps them (it rounds nanoseconds to microseconds).
            return new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }
    }
}

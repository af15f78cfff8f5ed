package fr.cohorte.web;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * While the database is down, every request and every background job fails the same way: one line
 * every few seconds tells the operator, where a line per failure would bury the log.
 */
public final class OutageReports {

    private final long intervalNanos;
    private final AtomicLong lastReported;
    private final AtomicInteger silenced = new AtomicInteger();

    public OutageReports(Duration interval) {
        this.intervalNanos = interval.toNanos();
        this.lastReported = new AtomicLong(System.nanoTime() - intervalNanos);
    }

    /** Empty when this failure should stay silent, else how many were silenced since the last report. */
    public OptionalInt report() {
        long now = System.nanoTime();
        long last = lastReported.get();
        if (now - last < intervalNanos || !lastReported.compareAndSet(last, now)) {
            silenced.incrementAndGet();
            return OptionalInt.empty();
        }
        return OptionalInt.of(silenced.getAndSet(0));
    }

    public static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}

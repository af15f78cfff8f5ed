package fr.cohorte.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The full reindex: every {@link Searchable} entity read again from the database, in the background,
 * one at a time on this node, its progress readable while it runs. The index keeps answering meanwhile
 * (with what it holds, as it is rebuilt).
 */
@Service
public class Reindexing {

    private static final Logger log = LoggerFactory.getLogger(Reindexing.class);

    public enum State { IDLE, RUNNING, DONE, FAILED }

    /**
     * @param total the items to index, once counted (0 before)
     * @param done  the items indexed so far
     */
    public record Progress(State state, long done, long total, Instant startedAt, Instant finishedAt) {

        public int percent() {
            return total == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return state == State.RUNNING;
        }

        public Duration elapsed(Instant now) {
            return startedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt == null ? now : finishedAt);
        }
    }

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final AtomicReference<Progress> progress = new AtomicReference<>(new Progress(State.IDLE, 0, 0, null, null));
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    Reindexing(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    public Progress progress() {
        Progress known = progress.get();
        return known.running() ? new Progress(State.RUNNING, done.get(), total.get(), known.startedAt(), null) : known;
    }

    /**
     * Starts a full reindex unless one is running. {@code purgeFirst}: empty the index first (what an
     * administrator asks, so that nothing stale survives); without, only add (what a first start does
     * to an empty index while the site may already be writing to it).
     *
     * @return whether this call started it
     */
    public synchronized boolean start(boolean purgeFirst) {
        if (progress.get().running()) {
            return false;
        }
        done.set(0);
        total.set(0);
        Instant started = clock.instant();
        progress.set(new Progress(State.RUNNING, 0, 0, started, null));
        Search.mapping(entityManagerFactory).scope(Object.class).massIndexer()
                .purgeAllOnStart(purgeFirst)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                .monitor(new Monitor())
                .start()
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        log.error("The full reindex failed", failure);
                    }
                    progress.set(new Progress(failure == null ? State.DONE : State.FAILED, done.get(), total.get(), started, clock.instant()));
                });
        return true;
    }

    private final class Monitor implements MassIndexingMonitor {

        @Override
        public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
            return new MassIndexingTypeGroupMonitor() {
                @Override
                public void documentsIndexed(long increment) {
                }

                @Override
                public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
                    started.totalCount().ifPresent(total::addAndGet);
                }

                @Override
                public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
                }
            };
        }

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }
    }
}

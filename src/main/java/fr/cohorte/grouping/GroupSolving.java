package fr.cohorte.grouping;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.grouping.internal.MixingSearch;
import fr.cohorte.grouping.internal.SolveRepository;
import fr.cohorte.web.RequestLimitExceededException;
import fr.cohorte.web.Refusal;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves a session's planned rounds in the background, one solve at a time on this node (a solve
 * keeps a core busy), and tells how it goes: the best plan so far and its figures. When the search
 * ends, by its time limit or staff's stop, its best plan becomes the rounds' proposal. Each solve's
 * start and end are recorded ({@link Solve}), so that one cut short by a stop of the application
 * shows as interrupted at the next start.
 */
@Service
public class GroupSolving implements SmartInitializingSingleton {

    /** Why a solve failed, as codes the pages turn into sentences ({@code grouping.solve.<code>}). */
    static final String INTERRUPTED = "interrupted";
    static final String APART_IMPOSSIBLE = "apart-impossible";
    static final String FAILED = "failed";

    /** How long a stop of the application waits for the running solve to record its plan. */
    private static final Duration LONGEST_STOP = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(GroupSolving.class);

    /** Where a solve stands, as the progress panel shows it. */
    public record Progress(boolean running, MixingMetrics metrics, long elapsedMillis, long millisToBest, int improvements,
                           int timeLimitSeconds, String failureKey) {
    }

    private static final class Job {
        final Long sessionId;
        final List<Long> roundIds;
        final MixingProblem problem;
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicReference<MixingPlan> best = new AtomicReference<>();
        final AtomicInteger improvements = new AtomicInteger();
        /** Reset when the job leaves the queue: its time limit counts from then. */
        volatile long startedAt = System.nanoTime();
        volatile long millisToBest;
        volatile long finishedAt;
        volatile boolean running = true;
        volatile String failureKey;

        Job(Long sessionId, List<Long> roundIds, MixingProblem problem) {
            this.sessionId = sessionId;
            this.roundIds = roundIds;
            this.problem = problem;
        }
    }

    private final GroupWork work;
    private final SolveRepository solves;
    private final TransactionTemplate transaction;
    private final MixingLimits limits;
    private final AuditTrail audit;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DistributionSummary improvementsPerSolve;
    private final Timer timeToBest;
    private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();
    private volatile boolean closing;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("group-solving").daemon().factory());

    GroupSolving(GroupWork work, SolveRepository solves, TransactionTemplate transaction, MixingLimits limits, AuditTrail audit,
                 Clock clock, MeterRegistry meters) {
        this.meters = meters;
        Gauge.builder("cohorte.solves.active", jobs, running -> running.values().stream().filter(job -> job.running).count())
                .description("Solves of working groups running on this node").register(meters);
        this.improvementsPerSolve = DistributionSummary.builder("cohorte.solve.improvements")
                .description("Better plans found by one solve").register(meters);
        this.timeToBest = Timer.builder("cohorte.solve.time.to.best")
                .description("Time from a solve's start to the best plan it found").register(meters);
        this.audit = audit;
        this.work = work;
        this.solves = solves;
        this.transaction = transaction;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Starts solving the session's planned rounds. Refused when a solve of the session is running,
     * when no round is left to plan, when the rounds cannot be solved as set (the solver's reason
     * is given), or when they are more than the solver takes ({@link MixingLimits}).
     */
    public void start(int sessionNumber, boolean changeLittle) {
        SessionGroups groups = work.of(sessionNumber);
        List<Round> planned = groups.planned();
        if (planned.isEmpty()) {
            throw Refusal.conflict("grouping.solve.nothing").exception();
        }
        MixingProblem problem;
        try {
            problem = MixingProblem.of(groups.solveRequest(changeLittle, System.nanoTime()), limits);
        } catch (MixingValidationException invalid) {
            throw Refusal.invalid("grouping.solve.invalid", invalid.refusals().getFirst().reason()).exception();
        } catch (RequestLimitExceededException tooLarge) {
            throw Refusal.invalid("grouping.solve.too-large", tooLarge.limit(), tooLarge.maximum(), tooLarge.actual()).exception();
        }
        Job job = new Job(groups.session().getId(), planned.stream().map(Round::getId).toList(), problem);
        Job running = jobs.compute(sessionNumber, (number, earlier) -> earlier != null && earlier.running ? earlier : job);
        if (running != job) {
            throw Refusal.conflict(GroupWork.SOLVE_RUNNING).exception();
        }
        try {
            transaction.executeWithoutResult(status -> {
                Solve solve = solves.findById(job.sessionId).orElseGet(() -> new Solve(job.sessionId));
                solve.start(new HashSet<>(job.roundIds), (int) problem.timeLimit().toSeconds(), clock.instant());
                solves.save(solve);
                audit.record(AuditAction.UPDATED, "session:" + sessionNumber, AuditDetail.of("audit.detail.grouping.solve.started",
                        sessionNumber, job.roundIds.size(), problem.timeLimit().toSeconds(),
                        AuditDetail.label(changeLittle ? "audit.detail.grouping.solve.change-little" : "audit.detail.grouping.solve.afresh")));
            });
        } catch (RuntimeException notRecorded) {
            jobs.remove(sessionNumber, job);
            throw notRecorded;
        }
        // The solve's end is recorded as the doing of whoever started it.
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(sessionNumber, job)));
    }

    /** The session's latest solve as recorded, on this node or another, before or since the application started. */
    public Optional<Solve> latest(Long sessionId) {
        return solves.findById(sessionId);
    }

    public void stop(int sessionNumber) {
        Job job = jobs.get(sessionNumber);
        if (job != null && job.running && !job.stop.getAndSet(true)) {
            transaction.executeWithoutResult(status -> audit.record(AuditAction.UPDATED, "session:" + sessionNumber,
                    AuditDetail.of("audit.detail.grouping.solve.stopped", sessionNumber)));
        }
    }

    /** The session's current or last solve since the application started, if any. */
    public Optional<Progress> progress(int sessionNumber) {
        Job job = jobs.get(sessionNumber);
        if (job == null) {
            return Optional.empty();
        }
        MixingPlan best = job.best.get();
        long end = job.running ? System.nanoTime() : job.finishedAt;
        return Optional.of(new Progress(job.running, best == null ? null : MixingMetrics.of(job.problem, best),
                (end - job.startedAt) / 1_000_000, job.millisToBest, job.improvements.get(),
                (int) job.problem.timeLimit().toSeconds(), job.failureKey));
    }

    public boolean isRunning(int sessionNumber) {
        Job job = jobs.get(sessionNumber);
        return job != null && job.running;
    }

    private void run(int sessionNumber, Job job) {
        if (closing) {
            job.running = false;
            return;
        }
        job.startedAt = System.nanoTime();
        try {
            MixingSearch.Outcome outcome = MixingSearch.solve(job.problem, (plan, millis) -> {
                job.best.set(plan);
                job.millisToBest = millis;
                job.improvements.incrementAndGet();
            }, job.stop::get, job.startedAt);
            improvementsPerSolve.record(job.improvements.get());
            timeToBest.record(Duration.ofMillis(job.millisToBest));
            if (outcome.hardPenalty() > 0) {
                fail(sessionNumber, job, APART_IMPOSSIBLE);
            } else {
                // The proposal and the end of the solve are one change: a crash in between leaves the solve interrupted, not half-done.
                transaction.executeWithoutResult(status -> {
                    work.propose(sessionNumber, job.roundIds, byParticipant(job.problem, outcome.plan()));
                    solves.findById(job.sessionId).ifPresent(solve -> solve.succeed(clock.instant()));
                    audit.record(AuditAction.UPDATED, "session:" + sessionNumber, AuditDetail.of("audit.detail.grouping.solve.finished",
                            sessionNumber, job.roundIds.size()));
                });
            }
        } catch (RuntimeException failure) {
            log.error("Solving the working groups of session {} failed", sessionNumber, failure);
            fail(sessionNumber, job, FAILED);
        } finally {
            job.finishedAt = System.nanoTime();
            job.running = false;
            String outcome = job.failureKey != null ? job.failureKey.substring("grouping.solve.".length())
                    : job.stop.get() ? "stopped" : "finished";
            Timer.builder("cohorte.solve").description("Solves of working groups, by how they ended")
                    .tag("outcome", outcome).register(meters).record(job.finishedAt - job.startedAt, TimeUnit.NANOSECONDS);
        }
    }

    private void fail(int sessionNumber, Job job, String reason) {
        job.failureKey = "grouping.solve." + reason;
        try {
            transaction.executeWithoutResult(status -> solves.findById(job.sessionId).ifPresent(solve -> {
                solve.fail(reason, clock.instant());
                audit.record(AuditAction.UPDATED, "session:" + sessionNumber, AuditDetail.of("audit.detail.grouping.solve.failed",
                        sessionNumber, AuditDetail.label(job.failureKey)));
            }));
        } catch (RuntimeException notRecorded) {
            log.error("The failed solve of session {} could not be recorded", job.sessionId, notRecorded);
        }
    }

    /** A solve still marked as running at start was cut short by a stop of the application. */
    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> solves.failAll(Solve.State.SOLVING, Solve.State.FAILED, INTERRUPTED));
    }

    /** Each round's groups as participant id to group number (from 1). */
    private static List<Map<Long, Integer>> byParticipant(MixingProblem problem, MixingPlan plan) {
        List<Map<Long, Integer>> rounds = new ArrayList<>();
        for (int[][] groups : plan.rounds()) {
            Map<Long, Integer> round = new HashMap<>();
            for (int g = 0; g < groups.length; g++) {
                for (int member : groups[g]) {
                    round.put(Long.valueOf(problem.idOf(member)), g + 1);
                }
            }
            rounds.add(round);
        }
        return rounds;
    }

    /**
     * On a stop of the application the running solve ends as if staff stopped it, and its best plan
     * is kept before the database goes away; solves still queued never start, and show as
     * interrupted at the next start.
     */
    @PreDestroy
    void stopAll() {
        closing = true;
        jobs.values().forEach(job -> job.stop.set(true));
        executor.shutdown();
        try {
            if (!executor.awaitTermination(LONGEST_STOP.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("A solve of the working groups was still recording its plan when the application stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

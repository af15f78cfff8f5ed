package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import fr.cohorte.grouping.internal.MixingSearch;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Solves a session's planned rounds in the background, one solve at a time on this node (a solve
 * keeps a core busy), and tells how it goes: the best plan so far and its figures. When the search
 * ends, by its time limit or staff's stop, its best plan becomes the rounds' proposal.
 */
@Service
public class GroupSolving {

    private static final Logger log = LoggerFactory.getLogger(GroupSolving.class);

    /** Where a solve stands, as the progress panel shows it. */
    public record Progress(boolean running, MixingMetrics metrics, long elapsedMillis, long millisToBest, int improvements,
                           int timeLimitSeconds, String failureKey) {
    }

    private static final class Job {
        final List<Long> roundIds;
        final MixingProblem problem;
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicReference<MixingPlan> best = new AtomicReference<>();
        final AtomicInteger improvements = new AtomicInteger();
        final long startedAt = System.nanoTime();
        volatile long millisToBest;
        volatile long finishedAt;
        volatile boolean running = true;
        volatile String failureKey;

        Job(List<Long> roundIds, MixingProblem problem) {
            this.roundIds = roundIds;
            this.problem = problem;
        }
    }

    private final GroupWork work;
    private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("group-solving").daemon().factory());

    GroupSolving(GroupWork work) {
        this.work = work;
    }

    /**
     * Starts solving the session's planned rounds. Refused when a solve of the session is running,
     * when no round is left to plan, or when the rounds cannot be solved as set (the solver's reason
     * is given).
     */
    public void start(int sessionNumber, boolean changeLittle) {
        SessionGroups groups = work.of(sessionNumber);
        List<Round> planned = groups.planned();
        if (planned.isEmpty()) {
            throw new GroupWorkRefusedException("grouping.solve.nothing");
        }
        MixingProblem problem;
        try {
            problem = MixingProblem.of(groups.solveRequest(changeLittle, System.nanoTime()));
        } catch (MixingValidationException invalid) {
            throw new GroupWorkRefusedException("grouping.solve.invalid", invalid.getMessage());
        }
        Job job = new Job(planned.stream().map(Round::getId).toList(), problem);
        Job running = jobs.compute(sessionNumber, (number, earlier) -> earlier != null && earlier.running ? earlier : job);
        if (running != job) {
            throw new GroupWorkRefusedException("grouping.solve.already-running");
        }
        executor.execute(() -> run(sessionNumber, job));
    }

    public void stop(int sessionNumber) {
        Job job = jobs.get(sessionNumber);
        if (job != null) {
            job.stop.set(true);
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
        try {
            MixingSearch.Outcome outcome = MixingSearch.solve(job.problem, (plan, millis) -> {
                job.best.set(plan);
                job.millisToBest = millis;
                job.improvements.incrementAndGet();
            }, job.stop::get);
            if (outcome.hardPenalty() > 0) {
                job.failureKey = "grouping.solve.apart-impossible";
            } else {
                work.propose(sessionNumber, job.roundIds, byParticipant(job.problem, outcome.plan()));
            }
        } catch (RuntimeException failure) {
            log.error("Solving the working groups of session {} failed", sessionNumber, failure);
            job.failureKey = "grouping.solve.failed";
        } finally {
            job.finishedAt = System.nanoTime();
            job.running = false;
        }
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

    @PreDestroy
    void stopAll() {
        jobs.values().forEach(job -> job.stop.set(true));
        executor.shutdown();
    }
}

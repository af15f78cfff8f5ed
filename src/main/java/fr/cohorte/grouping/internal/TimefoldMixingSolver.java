package fr.cohorte.grouping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;

/**
 * Forms the groups with Timefold's local search: it starts from the greedy "fewest already met"
 * plan, and only swaps people within a round, so sizes and locks hold throughout.
 */
public final class TimefoldMixingSolver {

    /** The best plan found, whether it breaks a hard rule, and when it was found. */
    public record Outcome(MixingPlan plan, long hardPenalty, long millisToBest) {
    }

    private TimefoldMixingSolver() {
    }

    public static Outcome solve(MixingProblem problem) {
        long start = System.nanoTime();
        MixingPlan initial = GreedyMixing.fewestAlreadyMet(problem, problem.seed()).plan();
        SeatPlan seatPlan = new SeatPlan(problem, seatsOf(problem, initial));
        Solver<SeatPlan> solver = SolverFactory.<SeatPlan>create(config(problem)).buildSolver();
        AtomicLong bestAt = new AtomicLong(System.nanoTime());
        solver.addEventListener(event -> bestAt.set(System.nanoTime()));
        SeatPlan best = solver.solve(seatPlan);
        MixingState state = new MixingState(problem);
        best.getSeats().forEach(seat -> state.join(seat.round(), seat.participant(), seat.getGroup()));
        return new Outcome(state.plan(), state.hardPenalty(), (bestAt.get() - start) / 1_000_000);
    }

    private static List<Seat> seatsOf(MixingProblem problem, MixingPlan plan) {
        List<Seat> seats = new ArrayList<>();
        for (int r = 0; r < plan.rounds().size(); r++) {
            int[][] groups = plan.rounds().get(r);
            int[] locked = problem.rounds().get(r).lockedGroup();
            for (int g = 0; g < groups.length; g++) {
                for (int p : groups[g]) {
                    seats.add(new Seat(r, p, locked[p] >= 0, g));
                }
            }
        }
        return seats;
    }

    private static LocalSearchAcceptorConfig acceptor() {
        String kind = System.getProperty("mix.acceptor", "la");
        int size = Integer.getInteger("mix.size", 400);
        return switch (kind) {
            case "tabu" -> new LocalSearchAcceptorConfig().withEntityTabuSize(size);
            case "movetabu" -> new LocalSearchAcceptorConfig().withMoveTabuSize(size);
            case "sa" -> new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature(System.getProperty("mix.temp"));
            case "scla" -> new LocalSearchAcceptorConfig().withStepCountingHillClimbingSize(size);
            default -> new LocalSearchAcceptorConfig().withLateAcceptanceSize(size);
        };
    }

    private static SolverConfig config(MixingProblem problem) {
        return new SolverConfig()
                .withSolutionClass(SeatPlan.class)
                .withEntityClasses(Seat.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(problem.seed())
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(MixingScoreCalculator.class))
                .withPhases(new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SameRoundSwaps.class))
                        .withAcceptorConfig(acceptor())
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(Integer.getInteger("mix.count", 1))))
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(problem.timeLimit())
                        .withBestScoreLimit("0hard/0soft"));
    }
}

package fr.cohorte.grouping.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import fr.cohorte.grouping.MixingMetrics;
import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingWeights;

/**
 * Forms the groups by tabu search over swaps of two people within one round, starting from the
 * greedy "fewest already met" plan, or, when only encounters count at first and the problem has the
 * shape of the social golfer problem, from rounds a design gives without anybody meeting twice (see
 * {@link ResolvableDesign}); swaps keep every size and never touch a lock. Two searches run side by
 * side when there are two cores (see {@link #solve(MixingProblem, BestPlanListener, BooleanSupplier)}).
 * <p>
 * Written by hand rather than on Timefold or CP-SAT because of what the benchmark measured on
 * this machine (numbers in bench/mixing/README.md): Timefold 2.2 with our incremental score and a
 * same-round swap selector evaluated 0.3-0.5 million swaps a second and left repeats on the
 * 30-people, 5-round golfer instance after 5 s; CP-SAT stayed above the greedy start. Most of a
 * step is pricing swaps: {@link MixingState#swapEncounters} reads sums it keeps until the next move,
 * which doubled the steps per second on the golfer instances (about 20 000 a second on 32 people
 * over 9 rounds, on a shared core).
 * <p>
 * The loop is the min-conflicts tabu search of Dotú and Van Hentenryck for the social golfer
 * problem: every step it prices, without moving anybody, all swaps that move somebody who meets a
 * group-mate again (or shares a group with a colleague or a never-together partner), takes the
 * cheapest one that is not tabu, or a tabu one that beats the best plan, and forbids swapping the
 * same two people back in that round for a random number of steps. When the best plan has not
 * improved for a while, it goes back to the best plan and shakes it with a few random swaps; when
 * only encounters count and several shakes in a row found nothing better, it starts again from a
 * fresh greedy plan, keeping the best plan found. When other rules than encounters are weighed, a
 * random share of the people without conflict is tried too, since horizon mixes and gender balance
 * improve by moving them. It stops early at a plan without penalty, or, when only encounters count,
 * at the counting bound (nobody can meet fewer people again).
 * <p>
 * What "cheapest" means depends on the weights, and changes once the search stalls:
 * <ul>
 * <li>When meeting again weighs more than every other rule at work ("encounters first"),
 * encounters come first outright: a plan is better when fewer people meet again, the other rules
 * only decide between plans of equal encounters, and every meeting again counts before the cube
 * spreads them (see {@link fr.cohorte.grouping.MixingRule#REPEATED_MEETINGS}). The first phase looks
 * at encounters alone, as on a golfer problem. Once encounters reach the counting bound, or half the time is spent, the
 * second phase improves the rest without giving encounters back: it renames people (see
 * {@link PersonExchange}: two people trading places in every round leave every pair's meetings as
 * they were, under other names) and walks the plans of those encounters, where it may wander two
 * meetings again above them but only keeps plans that are no worse on encounters; each shake is
 * followed by a walk over renamings.</li>
 * <li>When horizon mixes count and weigh less than ten times meeting again (the default), a mix
 * within 3 % of the least distance any plan can have counts as good: the search first brings the
 * mix under that ceiling, then weighs the rules with the mix at a sixteenth of its weight, so that
 * encounters are traded for mix only above the ceiling. Every shake is followed by a walk over
 * renamings, which lowers the mix at no cost in encounters. Once it stalls it keeps no plan above the
 * ceiling (it may wander two units above it).</li>
 * <li>Otherwise the rules are weighed against each other. When horizon mixes count and the
 * weighed search stalls, the mix of the best plan becomes a ceiling (the search may wander two units
 * above it but keeps no plan that breaks it) and the weighed search goes on under it: a plan that
 * gains encounters by giving up mix is no longer kept.</li>
 * </ul>
 * Every step is decided by the seed; the clock decides only when the search stops and, with
 * encounters first, when it turns to the second phase if the bound was not reached.
 */
public final class MixingSearch {

    /**
     * The best plan found, how many hard violations it still has, and when it was found; then how
     * many steps the searches made and how many swaps they priced, all searches side by side
     * together (what the benchmark's swaps per second are counted from).
     */
    public record Outcome(MixingPlan plan, long hardPenalty, long millisToBest, long steps, long swapsPriced) {

        Outcome counted(long moreSteps, long moreSwaps) {
            return new Outcome(plan, hardPenalty, millisToBest, steps + moreSteps, swapsPriced + moreSwaps);
        }
    }

    /**
     * Told of the starting plan and of every better plan as soon as the search finds it, on the
     * searching thread: keep it quick. Listening changes nothing in what the search does.
     */
    public interface BestPlanListener {
        void bestSoFar(MixingPlan plan, long millisSinceStart);
    }

    /** What the search minimises: first a primary figure, then, between equal ones, a secondary one. */
    private enum Goal {
        /** The weighed sum of every rule; no secondary figure. */
        WEIGHED,
        /** Meetings again (hard violations above them), then the weighed sum of the other rules. */
        ENCOUNTERS_FIRST,
        /** Horizon distance above the ceiling (hard violations above it), then the weighed sum of every rule. */
        MIX_KEPT
    }

    /**
     * Steps during which the two people just swapped in a round may not be swapped back: at least
     * this many ... Random and long (up to a hundred steps, as in Dotú and Van Hentenryck) so that
     * the search does not cycle between a few plans of equal cost.
     */
    private static final int TENURE_MIN = 4;
    /** ... plus a random number below this one. */
    private static final int TENURE_SPREAD = 96;
    /** Steps without a new best plan before the search goes back to the best one and shakes it. */
    private static final int STAGNATION = 500;
    private static final int SHAKE_SWAPS = 3;
    /** Restarts without a new best plan before the search turns to its second phase. */
    private static final int RESTARTS_BEFORE_SECOND_PHASE = 10;
    /**
     * Restarts from one region's best plan without improving it before the search leaves that
     * region for a fresh greedy plan (when only encounters count), keeping the best plan found.
     */
    private static final int RESTARTS_BEFORE_FRESH_START = 6;
    /**
     * How far above the best plan's figure the second phase may wander, so that it can go round the
     * swaps that would break the cap (never keeping such a plan): meetings again when encounters
     * come first, units of horizon distance under the mix ceiling.
     */
    private static final long PLATEAU_SLACK_MEETINGS = 2;
    /**
     * With horizons weighed against encounters, a mix within this multiple of the least distance any
     * plan can have counts as good: the search first brings the mix under it, then weighs the rest.
     */
    private static final double MIX_BAND = 1.03;
    /** A mix weighing this many times more than meeting again means "diversity first": no band, the floor is the aim. */
    private static final int DIVERSITY_FIRST = 10;
    /** Under that ceiling, the mix weighs this many times less. */
    private static final int MIX_DISCOUNT = 16;
    private static final long PLATEAU_SLACK_HORIZON = 2;
    /**
     * With encounters first, the share of the time limit (in tenths) after which the search turns to
     * its second phase even if encounters have not reached the counting bound.
     */
    private static final int SECOND_PHASE_AT_TENTHS = 5;
    /** Steps of one walk over renamings (see {@link PersonExchange}) in the second phase of encounters first. */
    private static final int RENAMING_STEPS = 150;
    /** A step that made no swap because the state was renamed into a better plan just before. */
    private static final int RENAMED = -2;
    /** One person out of this many who meets nobody again is still tried in a step, when other rules count. */
    private static final int CALM_SAMPLE = 8;
    /** Searches side by side: one per core, two at most (the machines Cohorte runs on have two or four). */
    private static final int WORKERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    /** Drawn once: the second search's seed is the problem's with these bits flipped. */
    private static final long SECOND_SEED = 0x5DEECE66DL;

    private final MixingProblem problem;
    private final MixingWeights weights;
    private final SplittableRandom random;
    private final int[][] movable;
    private final SwapTabu tabu;
    private final boolean calmPeopleMatter;
    private final boolean othersMatter;
    private final long encountersBound;
    private final SearchReports reports;
    private final BooleanSupplier stopRequested;
    private final PersonExchange exchanges;
    private MixingState state;
    private Goal goal;
    /** The goal the search starts with, and the band's ceiling on the mix then: what searches side by side are compared by. */
    private final Goal startGoal;
    private final long bandCeiling;
    /**
     * Second phase: no swap may take the primary figure more than {@link #slack} above the best
     * plan's, and with encounters first everybody is tried, not only people in conflict.
     */
    private boolean capped;
    private boolean secondPhase;
    private long horizonCeiling;
    private long slack;
    private long bestPrimary;
    private long bestSecondary;
    /** The state was just renamed into a plan better than the best: the next step keeps it before moving. */
    private boolean pendingRenaming;
    /** When the solve began and when it must end, by {@link System#nanoTime()}: what the caller did before the search counts too. */
    private final long startedAt;
    private final long deadline;
    /** Steps before the search ends whatever the clock says: unbounded, except for {@link #solveAlone}. */
    private final long maxSteps;
    private long swapsPriced;
    /** When encounters first turns to its second phase if the counting bound was not reached. */
    private final long secondPhaseAt;
    /** Who is tried this step (see {@link #markTried}), by person. */
    private final boolean[] tried;
    /** The best plan found, and its figures. */
    private MixingPlan bestPlan;
    private long globalPrimary;
    private long globalSecondary;
    /** The best plan of the region searched since the last fresh start or phase change, whose figures are {@link #bestPrimary} and {@link #bestSecondary}. */
    private MixingPlan basinPlan;
    private long sinceBest;
    private int restartsSinceBest;
    /** The swap {@link #chooseSwap} chose: round (-1 for none, {@link #RENAMED}), then the two people. */
    private int chosenRound;
    private int chosenLeft;
    private int chosenRight;
    /** What {@link #price} found. */
    private long pricedPrimary;
    private long pricedSecondary;
    /** The state a walk over renamings loads its best plan in, to compare it with the best; made at the first walk. */
    private MixingState spare;

    private MixingSearch(MixingProblem problem, SearchReports reports, BooleanSupplier stopRequested, long startedAt) {
        this(problem, reports, stopRequested, startedAt, Long.MAX_VALUE);
    }

    private MixingSearch(MixingProblem problem, SearchReports reports, BooleanSupplier stopRequested, long startedAt, long maxSteps) {
        this.maxSteps = maxSteps;
        this.problem = problem;
        this.weights = problem.weights();
        this.reports = reports;
        this.stopRequested = stopRequested;
        this.startedAt = startedAt;
        this.deadline = startedAt + problem.timeLimit().toNanos();
        this.secondPhaseAt = startedAt + problem.timeLimit().toNanos() / 10 * SECOND_PHASE_AT_TENTHS;
        this.tried = new boolean[problem.participantCount()];
        this.random = new SplittableRandom(problem.seed());
        this.exchanges = new PersonExchange(problem);
        boolean horizons = weights.horizonMix() > 0 && problem.horizons().size() > 1;
        boolean genders = weights.genderBalance() > 0 && problem.genderCount() > 1;
        boolean isolation = weights.nobodyIsolated() > 0 && (problem.horizons().size() > 1 || problem.genderCount() > 1);
        this.calmPeopleMatter = horizons || genders || isolation;
        this.othersMatter = problem.otherRulesAtWork();
        this.goal = problem.encountersFirst() ? Goal.ENCOUNTERS_FIRST : Goal.WEIGHED;
        this.state = freshStart(problem.seed());
        int rounds = problem.rounds().size();
        this.movable = new int[rounds][];
        for (int r = 0; r < rounds; r++) {
            MixingProblem.PlannedRound round = problem.rounds().get(r);
            movable[r] = Arrays.stream(round.present()).filter(p -> round.lockedGroup()[p] < 0).toArray();
        }
        this.tabu = new SwapTabu(rounds, problem.participantCount());
        this.encountersBound = MixingMetrics.countingBound(problem, state.plan());
        if (goal == Goal.WEIGHED && horizons && weights.horizonMix() < DIVERSITY_FIRST * weights.repeatedMeetings()) {
            goal = Goal.MIX_KEPT;
            horizonCeiling = Math.round(MixingState.UNIT * MIX_BAND * MixingMetrics.diversityFloor(problem));
        }
        this.startGoal = goal;
        this.bandCeiling = horizonCeiling;
    }

    public static Outcome solve(MixingProblem problem) {
        return solve(problem, (plan, millis) -> { }, () -> false);
    }

    /**
     * One search alone, ending after {@code maxSteps} steps (or at the problem's time limit, if
     * sooner): with a time limit far above what the steps take, every step is decided by the seed,
     * so that two versions of the search can be compared plan for plan on the same seed and budget.
     */
    public static Outcome solveAlone(MixingProblem problem, long maxSteps) {
        SearchReports.Alone alone = new SearchReports.Alone((plan, millis) -> { });
        new MixingSearch(problem, alone, () -> false, System.nanoTime(), maxSteps).run();
        return alone.outcome();
    }

    public static Outcome solve(MixingProblem problem, BestPlanListener listener, BooleanSupplier stopRequested) {
        return solve(problem, listener, stopRequested, System.nanoTime());
    }

    /**
     * Searches until the time limit, a plan without penalty, or a stop request, telling the listener of
     * each better plan. With two cores or more, two searches run side by side from different seeds
     * (the problem's, and one drawn from it) and the better plan wins; the first to stop early, at a
     * plan that cannot be bettered, stops the other. A search stuck in one region of plans is helped
     * most by another search elsewhere: on the 30 golfers in 6 groups of 5 over 6 rounds, one search
     * of 10 s reached zero meetings again in 8 seeds of 10, two searches in 10 of 10.
     * <p>
     * The time limit runs from {@code startedAt} ({@link System#nanoTime()}), so that reading the
     * request and building the starting plans count against it; every phase of the search looks at
     * the clock often enough to end within a few milliseconds of it.
     */
    public static Outcome solve(MixingProblem problem, BestPlanListener listener, BooleanSupplier stopRequested, long startedAt) {
        if (WORKERS == 1 || stopRequested.getAsBoolean()) {
            SearchReports.Alone alone = new SearchReports.Alone(listener);
            new MixingSearch(problem, alone, stopRequested, startedAt).run();
            return alone.outcome();
        }
        AtomicBoolean finished = new AtomicBoolean();
        BooleanSupplier stop = () -> finished.get() || stopRequested.getAsBoolean();
        SearchReports.Portfolio portfolio = new SearchReports.Portfolio(listener);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        // Started first, so that the two searches build their starting plans at the same time.
        Thread helper = Thread.ofPlatform().daemon().name("mixing-search-2").start(() -> {
            try {
                new MixingSearch(problem.withSearch(problem.timeLimit(), problem.seed() ^ SECOND_SEED), portfolio, stop, startedAt).run();
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                finished.set(true);
            }
        });
        try {
            new MixingSearch(problem, portfolio, stop, startedAt).run();
        } finally {
            finished.set(true);
        }
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return portfolio.outcome();
    }

    /**
     * How good the state's plan is by the goal the search starts with: hard violations, then meetings
     * again (encounters first) or the mix's distance above the 3 % band (the default), then the rest;
     * the weighed sum otherwise. Searches side by side are compared this way.
     */
    private long[] rank() {
        return switch (startGoal) {
            case WEIGHED -> new long[] {state.penalty()};
            case ENCOUNTERS_FIRST -> new long[] {state.hardPenalty(), state.repeatedMeetings(),
                    state.softPenalty() - weights.repeatedMeetings() * state.repeatedMeetings() * MixingState.UNIT};
            case MIX_KEPT -> new long[] {state.hardPenalty(), Math.max(0, state.horizonDistance() - bandCeiling),
                    state.softPenalty() - mixDiscount() * state.horizonDistance()};
        };
    }

    /** Tells the reports that the state's plan, just kept as the search's best, is better than any before. */
    private void report(MixingPlan plan, long at) {
        reports.better(plan, rank(), state.hardPenalty(), (at - startedAt) / 1_000_000);
    }

    /** Whether the search must end now: the time limit is reached, or a stop was asked. */
    private boolean timeUp() {
        return System.nanoTime() >= deadline || stopRequested.getAsBoolean();
    }

    private long primary() {
        return primaryOf(state);
    }

    private long secondary() {
        return secondaryOf(state);
    }

    private long primaryOf(MixingState plan) {
        return switch (goal) {
            case WEIGHED -> plan.penalty();
            case ENCOUNTERS_FIRST -> plan.hardPenalty() * MixingState.hardUnit() + plan.repeatedMeetings();
            case MIX_KEPT -> plan.hardPenalty() * MixingState.hardUnit() + Math.max(0, plan.horizonDistance() - horizonCeiling);
        };
    }

    private long secondaryOf(MixingState plan) {
        return switch (goal) {
            case WEIGHED -> 0;
            case ENCOUNTERS_FIRST -> secondPhase
                    ? plan.softPenalty() - weights.repeatedMeetings() * plan.repeatedMeetings() * MixingState.UNIT : 0;
            case MIX_KEPT -> plan.softPenalty() - mixDiscount() * plan.horizonDistance();
        };
    }

    /**
     * Whether only meetings again count for now: on problems without other rules, and in the first
     * phase of "encounters first", where the other rules are left to renaming in the second.
     */
    private boolean encountersOnly() {
        return !othersMatter || goal == Goal.ENCOUNTERS_FIRST && !secondPhase;
    }

    /**
     * Step after step, until the time limit, a stop request, the step budget, or a plan that cannot
     * be bettered: each step chooses a swap ({@link #chooseSwap}) and makes it, keeps the plan when
     * it is the best of its region ({@link #keepIfBest}), goes back to that best plan when none has
     * come for a while ({@link #restartAfterStagnation}), and turns to the second phase when it is
     * due ({@link #secondPhaseDue}).
     */
    private void run() {
        bestPrimary = primary();
        bestSecondary = secondary();
        bestPlan = state.plan();
        basinPlan = bestPlan;
        globalPrimary = bestPrimary;
        globalSecondary = bestSecondary;
        boolean anyMovable = Arrays.stream(movable).anyMatch(seats -> seats.length > 1);
        report(bestPlan, System.nanoTime());
        long step = 1;
        for (; step <= maxSteps && anyMovable && !atBestPossible() && !timeUp(); step++) {
            if (!chooseSwap(step)) {
                break;
            }
            if (pendingRenaming) {
                pendingRenaming = false;
                chosenRound = RENAMED;
            }
            if (chosenRound < 0) {
                restartFrom(basinPlan);
                sinceBest = 0;
                restartsSinceBest++;
                continue;
            }
            if (chosenRound != RENAMED) {
                state.swap(chosenRound, chosenLeft, chosenRight);
                tabu.forbid(chosenRound, chosenLeft, chosenRight, step + TENURE_MIN + random.nextInt(TENURE_SPREAD), step);
            }
            if (better(primary(), secondary())) {
                keepIfBest();
            } else if (++sinceBest > STAGNATION) {
                restartAfterStagnation();
            }
            if (secondPhaseDue()) {
                turnToSecondPhase();
            }
        }
        // The time ran out just after a renaming found a better plan: keep it.
        if (pendingRenaming && (primary() < globalPrimary || primary() == globalPrimary && secondary() < globalSecondary)) {
            report(state.plan(), System.nanoTime());
        }
        reports.searched(step - 1, swapsPriced);
    }

    /**
     * Whether no plan can be better than the best found: nothing left to lower, or, when only
     * encounters count, meetings again at the counting bound.
     */
    private boolean atBestPossible() {
        return globalPrimary <= 0 && globalSecondary <= 0
                || goal == Goal.ENCOUNTERS_FIRST && !othersMatter && globalPrimary <= encountersBound;
    }

    /**
     * Prices, without moving anybody, every swap of a round that moves somebody tried this step
     * (see {@link #markTried}), and chooses the cheapest one that is not tabu, or a tabu one that
     * beats the region's best plan, ties drawn at random: the choice is left in {@link #chosenRound},
     * {@link #chosenLeft} and {@link #chosenRight}, the round being -1 when no swap may be made.
     * Chooses nothing when the state was just renamed into a better plan. Returns false when the
     * time ran out while pricing.
     */
    private boolean chooseSwap(long step) {
        long currentPrimary = primary();
        long currentSecondary = secondary();
        long currentHorizon = state.horizonDistance();
        long cheapestPrimary = Long.MAX_VALUE;
        long cheapestSecondary = Long.MAX_VALUE;
        int ties = 0;
        chosenRound = -1;
        chosenLeft = -1;
        chosenRight = -1;
        for (int r = 0; r < movable.length && !pendingRenaming; r++) {
            int[] seats = movable[r];
            markTried(r, seats);
            for (int i = 0; i < seats.length; i++) {
                int p = seats[i];
                if (!tried[p]) {
                    continue;
                }
                // A step prices up to rounds x participants^2 swaps, seconds on the largest problems
                // when a swap's price reads hundreds of horizons: the clock is read before each person's.
                if (timeUp()) {
                    return false;
                }
                for (int j = 0; j < seats.length; j++) {
                    int q = seats[j];
                    if (tried[q] && j < i || state.groupOf(r, q) == state.groupOf(r, p)) {
                        continue;
                    }
                    if (!price(r, p, q, currentHorizon, cheapestPrimary)) {
                        continue;
                    }
                    long primary = pricedPrimary;
                    long secondary = pricedSecondary;
                    if (primary > cheapestPrimary || primary == cheapestPrimary && secondary > cheapestSecondary) {
                        continue;
                    }
                    if (capped && primary > 0 && currentPrimary + primary > bestPrimary + slack) {
                        continue;
                    }
                    if (tabu.forbids(r, p, q, step) && !better(currentPrimary + primary, currentSecondary + secondary)) {
                        continue;
                    }
                    if (primary < cheapestPrimary || secondary < cheapestSecondary) {
                        cheapestPrimary = primary;
                        cheapestSecondary = secondary;
                        ties = 0;
                    }
                    if (random.nextInt(++ties) == 0) {
                        chosenRound = r;
                        chosenLeft = p;
                        chosenRight = q;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Who is tried in round r this step: people in conflict (see {@link MixingState#inConflict}),
     * everybody in the second phase of encounters first, and one calm person in {@value #CALM_SAMPLE}
     * drawn at random when rules other than encounters count now.
     */
    private void markTried(int r, int[] seats) {
        for (int p : seats) {
            tried[p] = capped && goal == Goal.ENCOUNTERS_FIRST || state.inConflict(r, p)
                    || calmPeopleMatter && !encountersOnly() && random.nextInt(CALM_SAMPLE) == 0;
        }
    }

    /**
     * The change of the primary and secondary figures (see {@link #primary}) if p and q of round r
     * traded groups, left in {@link #pricedPrimary} and {@link #pricedSecondary}; false when the
     * swap is dearer than {@code cheapestPrimary} already and was not priced further.
     */
    private boolean price(int r, int p, int q, long currentHorizon, long cheapestPrimary) {
        swapsPriced++;
        return switch (goal) {
            case ENCOUNTERS_FIRST -> priceEncountersFirst(r, p, q, cheapestPrimary);
            case MIX_KEPT -> priceUnderMixCeiling(r, p, q, currentHorizon);
            case WEIGHED -> priceWeighed(r, p, q);
        };
    }

    /** Meetings again (never-together pairs above them), then, once other rules count, the weighed rest. */
    private boolean priceEncountersFirst(int r, int p, int q, long cheapestPrimary) {
        pricedPrimary = state.swapEncounters(r, p, q);
        if (pricedPrimary > cheapestPrimary) {
            return false;
        }
        pricedSecondary = encountersOnly() ? 0 : state.swapOthers(r, p, q);
        return true;
    }

    /** Horizon distance above the ceiling (never-together pairs above it), then every rule weighed, the mix discounted. */
    private boolean priceUnderMixCeiling(int r, int p, int q, long currentHorizon) {
        long encounters = state.swapEncounters(r, p, q);
        long others = state.swapOthers(r, p, q);
        long horizon = state.pricedHorizon();
        long conflicts = state.pricedConflicts() * MixingState.hardUnit();
        pricedPrimary = conflicts + Math.max(0, currentHorizon + horizon - horizonCeiling) - Math.max(0, currentHorizon - horizonCeiling);
        pricedSecondary = weights.repeatedMeetings() * (encounters - conflicts) * MixingState.UNIT + others - mixDiscount() * horizon;
        return true;
    }

    /** Every rule weighed, never-together pairs above them. */
    private boolean priceWeighed(int r, int p, int q) {
        pricedPrimary = state.swapCost(r, p, q);
        pricedSecondary = 0;
        return true;
    }

    /** The state is the best plan of its region: kept as such, and reported when it is the best of the whole search. */
    private void keepIfBest() {
        bestPrimary = primary();
        bestSecondary = secondary();
        basinPlan = state.plan();
        sinceBest = 0;
        restartsSinceBest = 0;
        if (bestPrimary < globalPrimary || bestPrimary == globalPrimary && bestSecondary < globalSecondary) {
            globalPrimary = bestPrimary;
            globalSecondary = bestSecondary;
            bestPlan = basinPlan;
            report(bestPlan, System.nanoTime());
        }
    }

    /**
     * No better plan for {@value #STAGNATION} steps: back to the region's best plan, shaken (see
     * {@link #restartFrom}), or, when only encounters count and several shakes in a row found
     * nothing, a fresh start elsewhere, the best plan found being kept.
     */
    private void restartAfterStagnation() {
        sinceBest = 0;
        if (++restartsSinceBest >= RESTARTS_BEFORE_FRESH_START && !capped && encountersOnly()) {
            state = freshStart(random.nextLong());
            clearTabu();
            bestPrimary = primary();
            bestSecondary = secondary();
            basinPlan = state.plan();
            restartsSinceBest = 0;
        } else {
            restartFrom(basinPlan);
        }
    }

    /**
     * Whether the search turns to its second phase now, when other rules than encounters count:
     * after {@value #RESTARTS_BEFORE_SECOND_PHASE} restarts without a better plan, and with
     * encounters first also once encounters reach the counting bound or half the time is spent.
     */
    private boolean secondPhaseDue() {
        return !secondPhase && othersMatter && (restartsSinceBest >= RESTARTS_BEFORE_SECOND_PHASE
                || goal == Goal.ENCOUNTERS_FIRST && (globalPrimary <= encountersBound || System.nanoTime() >= secondPhaseAt));
    }

    /**
     * Encounters first: from now on no plan with more meetings again than the best is kept. Weighed
     * with horizon mixes: the best plan's mix becomes a ceiling, and the weighed sum is minimised under it.
     * Weighed without horizons: nothing changes but the count of restarts, back to zero.
     */
    private void turnToSecondPhase() {
        secondPhase = true;
        if (goal == Goal.WEIGHED) {
            if (weights.horizonMix() == 0 || problem.horizons().size() < 2) {
                searchFromBestPlan();
                return;
            }
            goal = Goal.MIX_KEPT;
        }
        capped = true;
        slack = goal == Goal.ENCOUNTERS_FIRST ? PLATEAU_SLACK_MEETINGS * state.meetingAgainCost(2) : PLATEAU_SLACK_HORIZON * MixingState.UNIT;
        state.reload(bestPlan);
        horizonCeiling = Math.max(horizonCeiling, state.horizonDistance());
        bestPrimary = primary();
        bestSecondary = secondary();
        clearTabu();
        if (renames()) {
            pendingRenaming = walkRenamings();
        }
        searchFromBestPlan();
    }

    /** The phase's search starts from the best plan found, by the phase's figures, with its counters of stagnation at zero. */
    private void searchFromBestPlan() {
        globalPrimary = bestPrimary;
        globalSecondary = bestSecondary;
        basinPlan = bestPlan;
        sinceBest = 0;
        restartsSinceBest = 0;
    }

    /**
     * A plan to start from: while only encounters count, the rounds a design gives without anybody
     * meeting twice when the problem has its shape (see {@link ResolvableDesign}), otherwise the
     * greedy "fewest already met".
     */
    private MixingState freshStart(long seed) {
        if (encountersOnly()) {
            Optional<MixingState> designed = ResolvableDesign.start(problem, seed);
            if (designed.isPresent()) {
                return designed.get();
            }
        }
        return GreedyMixing.fewestAlreadyMet(problem, seed);
    }

    /**
     * Whether shakes are followed by a walk over renamings, when some people can trade places
     * everywhere: in the second phase of encounters first, and all along under the mix's band (the
     * default), where a renaming may bring the mix down at no cost in encounters, leaving room to
     * trade some mix for fewer meetings again: default plans went from 222-227 to 220-227 meetings
     * again (median 225 to 223.5 over 10 seeds).
     */
    private boolean renames() {
        return (capped && goal == Goal.ENCOUNTERS_FIRST || goal == Goal.MIX_KEPT) && !exchanges.isEmpty();
    }

    /**
     * Walks renamings from the state's plan; when the walk met a plan better than the best, the state
     * becomes that plan and the answer is yes, otherwise the state is where the walk ended.
     */
    private boolean walkRenamings() {
        MixingPlan renamed = exchanges.walk(state, RENAMING_STEPS, random, this::timeUp);
        if (renamed == null) {
            return false;
        }
        if (spare == null) {
            spare = new MixingState(problem);
        }
        spare.reload(renamed);
        if (!better(primaryOf(spare), secondaryOf(spare))) {
            return false;
        }
        MixingState walked = state;
        state = spare;
        spare = walked;
        return true;
    }


    /** Under the mix ceiling the mix still counts, but for a quarter of its weight: encounters come back to the fore. */
    private long mixDiscount() {
        return weights.horizonMix() - weights.horizonMix() / MIX_DISCOUNT;
    }

    private boolean better(long primary, long secondary) {
        return primary < bestPrimary || primary == bestPrimary && secondary < bestSecondary;
    }

    private void clearTabu() {
        tabu.clear();
    }

    /**
     * Goes back to the best plan and shakes it with a few random swaps, each moving somebody in
     * conflict when there is one, to leave a region the tabu list alone cannot escape. In the
     * second phase, a shake never takes the primary figure above the best plan's.
     */
    private void restartFrom(MixingPlan bestPlan) {
        state.reload(bestPlan);
        clearTabu();
        for (int k = 0; k < SHAKE_SWAPS; k++) {
            int r = random.nextInt(movable.length);
            int[] seats = movable[r];
            if (seats.length < 2) {
                continue;
            }
            int p = seats[random.nextInt(seats.length)];
            for (int attempt = 0; attempt < seats.length && !state.inConflict(r, p); attempt++) {
                p = seats[random.nextInt(seats.length)];
            }
            int q = seats[random.nextInt(seats.length)];
            if (state.groupOf(r, p) == state.groupOf(r, q)) {
                continue;
            }
            if (capped) {
                long before = primary();
                state.swap(r, p, q);
                if (primary() > Math.max(before, bestPrimary + slack)) {
                    state.swap(r, p, q);
                }
            } else {
                state.swap(r, p, q);
            }
        }
        pendingRenaming = renames() && walkRenamings();
    }
}

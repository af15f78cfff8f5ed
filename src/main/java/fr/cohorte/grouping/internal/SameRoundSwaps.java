package fr.cohorte.grouping.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;

/**
 * The only moves the mixing needs: two unlocked people of the same round, in different groups,
 * trade places. Timefold's generic swap selector would pair seats of different rounds and then
 * filter almost all of them out; drawing within one round wastes no evaluation.
 */
public class SameRoundSwaps implements MoveIteratorFactory<SeatPlan, SwapSeats> {

    private static final PlanningVariableMetaModel<SeatPlan, Seat, Integer> GROUP =
            PlanningSolutionMetaModel.of(SeatPlan.class, Seat.class).genuineEntity(Seat.class).basicVariable("group", Integer.class);

    private static final double AIMED_SHARE = Double.parseDouble(System.getProperty("mix.aim", "0.7"));
    private static final int AIMING_DRAWS = 30;

    /** Unlocked seats per round, for rounds where at least two of them can trade. */
    private List<Seat[]> movableByRound = List.of();
    private int[] cumulativeSeats = new int[0];

    @Override
    public void phaseStarted(ScoreDirector<SeatPlan> scoreDirector) {
        SeatPlan plan = scoreDirector.getWorkingSolution();
        List<List<Seat>> byRound = new ArrayList<>();
        plan.getProblem().rounds().forEach(round -> byRound.add(new ArrayList<>()));
        for (Seat seat : plan.getSeats()) {
            if (!seat.isLocked()) {
                byRound.get(seat.round()).add(seat);
            }
        }
        List<Seat[]> movable = new ArrayList<>();
        for (List<Seat> seats : byRound) {
            if (seats.stream().map(Seat::getGroup).distinct().count() > 1) {
                movable.add(seats.toArray(Seat[]::new));
            }
        }
        movableByRound = movable;
        cumulativeSeats = new int[movable.size()];
        int total = 0;
        for (int r = 0; r < movable.size(); r++) {
            total += movable.get(r).length;
            cumulativeSeats[r] = total;
        }
    }

    @Override
    public long getSize(ScoreDirector<SeatPlan> scoreDirector) {
        long size = 0;
        for (Seat[] seats : movableByRound) {
            size += (long) seats.length * (seats.length - 1) / 2;
        }
        return size;
    }

    @Override
    public Iterator<SwapSeats> createOriginalMoveIterator(ScoreDirector<SeatPlan> scoreDirector) {
        List<SwapSeats> moves = new ArrayList<>();
        for (Seat[] seats : movableByRound) {
            for (int i = 0; i < seats.length; i++) {
                for (int j = i + 1; j < seats.length; j++) {
                    if (!seats[i].getGroup().equals(seats[j].getGroup())) {
                        moves.add(new SwapSeats(GROUP, seats[i], seats[j]));
                    }
                }
            }
        }
        return moves.iterator();
    }

    private Seat[] randomRound(RandomGenerator random) {
        int pick = random.nextInt(cumulativeSeats[cumulativeSeats.length - 1]);
        int round = 0;
        while (cumulativeSeats[round] <= pick) {
            round++;
        }
        return movableByRound.get(round);
    }

    /**
     * Most of the time the first seat is somebody who meets a group-mate again, found by a few random
     * draws: swaps elsewhere cannot lower the repeats, which are the hardest part to bring down (the
     * conflict-directed neighbourhood of Dotú and Van Hentenryck's social-golfer search). The rest of
     * the time any seat, so that horizon mixes and the other rules get moves of their own. The
     * partner is any seat of another group in that round.
     */
    @Override
    public Iterator<SwapSeats> createRandomMoveIterator(ScoreDirector<SeatPlan> scoreDirector, RandomGenerator random) {
        MixingState state = scoreDirector.getWorkingSolution().state();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movableByRound.isEmpty();
            }

            @Override
            public SwapSeats next() {
                boolean aimAtRepeats = random.nextDouble() < AIMED_SHARE;
                Seat[] seats;
                Seat left;
                int draws = 0;
                do {
                    seats = randomRound(random);
                    left = seats[random.nextInt(seats.length)];
                } while (aimAtRepeats && ++draws < AIMING_DRAWS && !state.meetsSomebodyAgain(left.round(), left.participant()));
                Seat right;
                do {
                    right = seats[random.nextInt(seats.length)];
                } while (right.getGroup().equals(left.getGroup()));
                return new SwapSeats(GROUP, left, right);
            }
        };
    }
}

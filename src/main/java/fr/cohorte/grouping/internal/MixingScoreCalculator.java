package fr.cohorte.grouping.internal;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * Scores seat plans incrementally through {@link MixingState}: a seat changing group is a leave and
 * a join, each costing the size of one group instead of a recount of the whole plan.
 */
public class MixingScoreCalculator implements IncrementalScoreCalculator<SeatPlan, HardSoftScore> {

    private MixingState state;

    @Override
    public void resetWorkingSolution(SeatPlan plan) {
        state = new MixingState(plan.getProblem());
        for (Seat seat : plan.getSeats()) {
            state.join(seat.round(), seat.participant(), seat.getGroup());
        }
        plan.attach(state);
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        Seat seat = (Seat) entity;
        state.leave(seat.round(), seat.participant());
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        Seat seat = (Seat) entity;
        state.join(seat.round(), seat.participant(), seat.getGroup());
    }

    @Override
    public HardSoftScore calculateScore() {
        return HardSoftScore.of(-state.hardPenalty(), -state.softPenalty());
    }
}

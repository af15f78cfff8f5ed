package fr.cohorte.grouping.internal;

import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.api.domain.common.Lookup;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/** Two people of one round trade groups: sizes stay as they are, so the size rule can never break. */
record SwapSeats(PlanningVariableMetaModel<SeatPlan, Seat, Integer> group, Seat left, Seat right) implements Move<SeatPlan> {

    @Override
    public void execute(MutableSolutionView<SeatPlan> view) {
        Integer leftGroup = view.getValue(group, left);
        Integer rightGroup = view.getValue(group, right);
        view.changeVariable(group, left, rightGroup);
        view.changeVariable(group, right, leftGroup);
    }

    @Override
    public Move<SeatPlan> rebase(Lookup lookup) {
        return new SwapSeats(group, lookup.lookUpWorkingObject(left), lookup.lookUpWorkingObject(right));
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return List.of(left.getGroup(), right.getGroup());
    }

    @Override
    public String describe() {
        return "SwapSeats";
    }

    @Override
    public String toString() {
        return "swap " + left + " with " + right;
    }
}

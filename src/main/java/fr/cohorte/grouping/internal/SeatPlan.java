package fr.cohorte.grouping.internal;

import java.util.List;
import java.util.stream.IntStream;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardSoftScore;
import fr.cohorte.grouping.MixingProblem;

/**
 * The solver's view of a plan: one seat per participant present in each planned round. Timefold
 * reads and clones it through public getters.
 */
@PlanningSolution
public class SeatPlan {

    @ProblemFactProperty
    private MixingProblem problem;
    @ValueRangeProvider
    private List<Integer> groupNumbers;
    @PlanningEntityCollectionProperty
    private List<Seat> seats;
    @PlanningScore
    private HardSoftScore score;
    /** The score calculator's live state, shared so that moves can aim at people who meet again. */
    private MixingState state;

    SeatPlan() {
    }

    SeatPlan(MixingProblem problem, List<Seat> seats) {
        this.problem = problem;
        this.seats = seats;
        int mostGroups = problem.rounds().stream().mapToInt(MixingProblem.PlannedRound::groupCount).max().orElse(0);
        this.groupNumbers = IntStream.range(0, mostGroups).boxed().toList();
    }

    public MixingProblem getProblem() {
        return problem;
    }

    public List<Integer> getGroupNumbers() {
        return groupNumbers;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    MixingState state() {
        return state;
    }

    void attach(MixingState liveState) {
        this.state = liveState;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}

package fr.cohorte.grouping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cohorte.grouping.internal.MixingSearch;

/** What a background solve does, on the test's thread: ask the solver, store its plan as the rounds' proposal. */
final class SolvingByHand {

    private SolvingByHand() {
    }

    static void solve(GroupWork work, int session, boolean changeLittle) {
        work.saveSettings(session, MixingWeights.DEFAULT, 1);
        SessionGroups groups = work.of(session);
        MixingProblem problem = MixingProblem.of(groups.solveRequest(changeLittle, 7));
        MixingPlan plan = MixingSearch.solve(problem).plan();
        List<Map<Long, Integer>> byRound = plan.rounds().stream().map(groupsOfRound -> {
            Map<Long, Integer> placed = new HashMap<>();
            for (int g = 0; g < groupsOfRound.length; g++) {
                for (int member : groupsOfRound[g]) {
                    placed.put(Long.valueOf(problem.idOf(member)), g + 1);
                }
            }
            return placed;
        }).toList();
        work.propose(session, groups.planned().stream().map(Round::getId).toList(), byRound);
    }
}

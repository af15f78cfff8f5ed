package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.List;

import fr.cohorte.grouping.MixingValidationException.Refused;
import fr.cohorte.grouping.internal.MixingSearch;
import org.springframework.stereotype.Service;

/**
 * Forms working groups for a request, or says which part of it cannot be honoured, or which limit
 * it exceeds. The time limit counts from the moment the request reaches the service: reading it,
 * the search and the figures of the answer all fit in it.
 */
@Service
public class MixingService {

    private final MixingLimits limits;

    public MixingService(MixingLimits limits) {
        this.limits = limits;
    }

    public MixingResponse solve(MixingRequest request) {
        long start = System.nanoTime();
        MixingProblem problem = MixingProblem.of(request, limits);
        MixingSearch.Outcome outcome = MixingSearch.solve(problem, (plan, millis) -> { }, () -> false, start);
        MixingPlan plan = outcome.plan();
        if (outcome.hardPenalty() > 0) {
            throw new MixingValidationException(brokenApartPairs(problem, plan));
        }
        return new MixingResponse(plan.withIds(problem), MixingMetrics.of(problem, plan), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The "never together" pairs the search could not keep apart: too many conflicts for the number
     * of groups, or conflicts combined with locks.
     */
    private static List<Refused> brokenApartPairs(MixingProblem problem, MixingPlan plan) {
        List<Refused> errors = new ArrayList<>();
        for (int i = 0; i < problem.apartPairs().size(); i++) {
            int[] pair = problem.apartPairs().get(i);
            for (int r = 0; r < plan.rounds().size(); r++) {
                if (sameGroup(plan.rounds().get(r), pair[0], pair[1])) {
                    errors.add(new Refused("apart[" + i + "]", "apart-impossible", problem.idOf(pair[0]), problem.idOf(pair[1]), r));
                    break;
                }
            }
        }
        return errors;
    }

    private static boolean sameGroup(int[][] groups, int a, int b) {
        for (int[] group : groups) {
            boolean hasA = false;
            boolean hasB = false;
            for (int member : group) {
                hasA |= member == a;
                hasB |= member == b;
            }
            if (hasA && hasB) {
                return true;
            }
        }
        return false;
    }
}

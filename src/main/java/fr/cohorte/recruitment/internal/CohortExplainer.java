package fr.cohorte.recruitment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cohorte.recruitment.internal.SwapPolicies.Blocker;
import fr.cohorte.recruitment.internal.SwapPolicies.MinimumHolds;

/**
 * Says why each application is in or out, from the structure of the cohort alone, without solving again.
 *
 * <p>A waiting candidate is tried against every selected participant staff did not force in, cheapest
 * seat first. The first seat it can take with every quota held gives the cost of the cheapest single
 * swap. If that seat is the cheapest of all, the candidate is simply outscored; otherwise the rule that
 * forbade most of the cheaper swaps is the one that binds, and it is named. A selected participant
 * outscored by someone waiting is there because a minimum needs them, and that minimum is named.
 */
final class CohortExplainer {

    private static final Comparator<Application> BEST_FIRST =
            Comparator.comparingLong(Application::score).reversed().thenComparing(Application::id);

    private final SelectionProblem problem;
    private final boolean[] cohort;
    private final SwapPolicies policies;
    private final List<Application> seatsCheapestFirst;
    private final List<Application> waitlist;

    CohortExplainer(SelectionProblem problem, boolean[] cohort) {
        this.problem = problem;
        this.cohort = cohort;
        this.policies = new SwapPolicies(problem, cohort);
        this.seatsCheapestFirst = problem.applications().stream()
                .filter(a -> cohort[a.index()] && !problem.forcedIn()[a.index()])
                .sorted(BEST_FIRST.reversed())
                .toList();
        this.waitlist = problem.applications().stream()
                .filter(a -> !cohort[a.index()] && !problem.forcedOut()[a.index()])
                .sorted(BEST_FIRST)
                .toList();
    }

    /** Best score first: the order in which staff would call people if seats freed up. */
    List<Application> waitlist() {
        return waitlist;
    }

    List<Application> selectedBestFirst() {
        return bestFirst(problem, cohort);
    }

    List<Application> excluded() {
        return problem.applications().stream().filter(a -> problem.forcedOut()[a.index()] && !cohort[a.index()]).toList();
    }

    /**
     * A reason for everyone: the selected best first, then the waiting list in order, then those staff
     * excluded. Explaining one candidate may compare them with every seat or every higher score, so
     * once the deadline has passed the rest are told that the time limit came first.
     */
    Map<Application, List<Reason>> all(Deadline deadline) {
        Map<Application, List<Reason>> reasons = new LinkedHashMap<>();
        List<Reason> late = List.of(Reason.of(ReasonCode.EXPLANATION_OUT_OF_TIME, problem.timeLimitSeconds()));
        selectedBestFirst().forEach(application -> reasons.put(application, deadline.passed() ? late : selected(application)));
        waitlist.forEach(application -> reasons.put(application, deadline.passed() ? late : waiting(application)));
        excluded().forEach(application -> reasons.put(application, List.of(Reason.of(ReasonCode.EXCLUDED_BY_STAFF))));
        return reasons;
    }

    List<Reason> selected(Application participant) {
        Object score = problem.scale().decimal(participant.score());
        if (problem.forcedIn()[participant.index()]) {
            return List.of(Reason.of(ReasonCode.SELECTED_BY_STAFF, score));
        }
        for (Application waiting : waitlist) {
            if (waiting.score() <= participant.score()) {
                break;
            }
            for (Blocker blocker : policies.blockers(waiting, participant)) {
                if (blocker instanceof MinimumHolds(Quota quota) && quota.counts(participant)) {
                    return List.of(Reason.of(ReasonCode.SELECTED_FOR_MINIMUM, score, quota.min(), quota.attribute(), quota.quoted()));
                }
            }
        }
        return List.of(Reason.of(ReasonCode.SELECTED, score));
    }

    List<Reason> waiting(Application candidate) {
        Map<Blocker, Integer> cheaperSwapsForbidden = new LinkedHashMap<>();
        Application seat = null;
        for (Application participant : seatsCheapestFirst) {
            List<Blocker> blockers = policies.blockers(candidate, participant);
            if (blockers.isEmpty()) {
                seat = participant;
                break;
            }
            blockers.forEach(blocker -> cheaperSwapsForbidden.merge(blocker, 1, Integer::sum));
        }
        List<Reason> reasons = new ArrayList<>(2);
        if (cheaperSwapsForbidden.isEmpty() && seat != null && seat.score() == candidate.score()) {
            reasons.add(Reason.of(ReasonCode.SEATS_TAKEN_AT_A_TIE, problem.seats()));
        } else if (cheaperSwapsForbidden.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.SEATS_TAKEN, problem.seats()));
        } else {
            reasons.add(mostForbidding(cheaperSwapsForbidden).reason());
        }
        reasons.add(seat == null ? Reason.of(ReasonCode.NO_SINGLE_SWAP) : swap(candidate, seat));
        return reasons;
    }

    private Reason swap(Application candidate, Application seat) {
        long loss = seat.score() - candidate.score();
        Object seatScore = problem.scale().decimal(seat.score());
        // A gain is possible only when the time limit stopped the search before it proved the optimum.
        // A tie has no tie-break in the rules: saying "0 points" would hide that either choice is as good.
        if (loss == 0) {
            return Reason.of(ReasonCode.SWAP_TIE, CandidateName.afterDe(seat.id()), seatScore);
        }
        return loss > 0
                ? Reason.of(ReasonCode.SWAP_LOSS, CandidateName.afterDe(seat.id()), seatScore, problem.scale().decimal(loss))
                : Reason.of(ReasonCode.SWAP_GAIN, CandidateName.afterDe(seat.id()), seatScore, problem.scale().decimal(-loss));
    }

    private static Blocker mostForbidding(Map<Blocker, Integer> counts) {
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return counts.entrySet().stream().filter(entry -> entry.getValue() == most).findFirst().orElseThrow().getKey();
    }

    static List<String> ids(List<Application> applications) {
        return applications.stream().map(Application::id).toList();
    }

    /** The flagged applications, best score first. */
    static List<Application> bestFirst(SelectionProblem problem, boolean[] flagged) {
        return problem.applications().stream().filter(a -> flagged[a.index()]).sorted(BEST_FIRST).toList();
    }
}

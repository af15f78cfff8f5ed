package fr.cohorte.recruitment.internal;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.Literal;
import fr.cohorte.recruitment.internal.CohortModel.AssumedOutcome;

/**
 * When every count is possible but the settings still cannot hold together, finds a smallest set of
 * them that clash: the solver blames a sufficient subset of its assumptions, then each one is dropped
 * in turn and kept out if the rest still clash (deletion filtering), so every setting named is needed.
 * For each quota named it then measures by how many people it misses while the others hold.
 * <p>
 * All these solves share the request's deadline. When it comes first, the settings named still
 * clash (the solver blamed them), though perhaps not all are needed, and a quota whose shortfall
 * was not measured says so instead of giving a number.
 */
final class ConflictFinder {

    private final SelectionProblem problem;
    private final SolverSettings settings;
    private final Deadline deadline;
    private final CohortModel model;

    private ConflictFinder(SelectionProblem problem, SolverSettings settings, Deadline deadline) {
        this.problem = problem;
        this.settings = settings;
        this.deadline = deadline;
        this.model = CohortModel.guarded(problem);
    }

    static List<Clash> of(SelectionProblem problem, SolverSettings settings, Deadline deadline) {
        return new ConflictFinder(problem, settings, deadline).clashes();
    }

    private List<Clash> clashes() {
        List<Literal> all = new ArrayList<>(model.guards().keySet());
        AssumedOutcome outcome = model.solveAssuming(all, settings, deadline);
        if (!outcome.infeasible()) {
            return outcome.status() == CpSolverStatus.UNKNOWN
                    ? List.of(new Clash("timeLimitSeconds", null, Reason.of(ReasonCode.TIME_LIMIT_WITHOUT_CONFLICTS, problem.timeLimitSeconds())))
                    : List.of();
        }
        List<Literal> core = new ArrayList<>(outcome.blamed());
        for (Literal candidate : List.copyOf(core)) {
            if (deadline.passed()) {
                break;
            }
            List<Literal> without = new ArrayList<>(core);
            without.remove(candidate);
            AssumedOutcome reduced = model.solveAssuming(without, settings, deadline);
            if (reduced.infeasible()) {
                core = reduced.blamed().isEmpty() ? without : new ArrayList<>(reduced.blamed());
            }
        }
        if (core.isEmpty()) {
            return List.of(new Clash("seats", null, Reason.of(ReasonCode.CLASHING_SEATS, problem.seats())));
        }
        List<Clash> clashes = new ArrayList<>();
        for (Literal literal : core) {
            List<Literal> others = new ArrayList<>(core);
            others.remove(literal);
            clashes.add(clash(model.guards().get(literal), others));
        }
        return clashes;
    }

    private Clash clash(Setting setting, List<Literal> others) {
        return switch (setting) {
            case Setting.QuotaMinimum(Quota quota) -> {
                Long reachable = extreme(quota, others, true);
                yield new Clash(quota.attribute().field(), quota.value(), reachable == null
                        ? Reason.of(ReasonCode.CLASHING_QUOTA_MINIMUM_UNMEASURED, quota.min(), quota.attribute(), quota.quoted())
                        : Reason.of(ReasonCode.CLASHING_QUOTA_MINIMUM, quota.min(), quota.attribute(), quota.quoted(), reachable,
                                quota.min() - reachable));
            }
            case Setting.QuotaMaximum(Quota quota) -> {
                Long needed = extreme(quota, others, false);
                yield new Clash(quota.attribute().field(), quota.value(), needed == null
                        ? Reason.of(ReasonCode.CLASHING_QUOTA_MAXIMUM_UNMEASURED, quota.max(), quota.attribute(), quota.quoted())
                        : Reason.of(ReasonCode.CLASHING_QUOTA_MAXIMUM, quota.max(), quota.attribute(), quota.quoted(), needed,
                                needed - quota.max()));
            }
            case Setting.OrganisationCap(String organisation) -> {
                Long needed = extreme(new Quota(-1, CandidateAttribute.ORGANISATION, organisation, 0, Quota.NO_MAXIMUM), others, false);
                yield new Clash("organisation", organisation, needed == null
                        ? Reason.of(ReasonCode.CLASHING_ORGANISATION_CAP_UNMEASURED, problem.maxPerOrganisation(), organisation)
                        : Reason.of(ReasonCode.CLASHING_ORGANISATION_CAP, problem.maxPerOrganisation(), organisation, needed,
                                needed - problem.maxPerOrganisation()));
            }
            case Setting.ForcedIn(int index) -> new Clash("forceIn", problem.application(index).id(),
                    Reason.of(ReasonCode.CLASHING_FORCED_IN, CandidateName.all(List.of(problem.application(index).id()))));
            case Setting.ForcedOut(int index) -> new Clash("forceOut", problem.application(index).id(),
                    Reason.of(ReasonCode.CLASHING_FORCED_OUT, CandidateName.all(List.of(problem.application(index).id()))));
        };
    }

    /**
     * The most (or fewest) people with the quota's value a cohort can hold while the other clashing
     * settings hold; null when the deadline came before the solver proved it.
     */
    private Long extreme(Quota quota, List<Literal> others, boolean most) {
        var count = model.count(problem.applications().stream().filter(quota::counts).toList());
        model.model().clearObjective();
        if (most) {
            model.model().maximize(count);
        } else {
            model.model().minimize(count);
        }
        AssumedOutcome outcome = model.solveAssuming(others, settings, deadline);
        return outcome.measured() ? outcome.objective() : null;
    }
}

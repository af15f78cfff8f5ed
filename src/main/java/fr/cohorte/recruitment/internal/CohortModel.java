package fr.cohorte.recruitment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.Constraint;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import fr.cohorte.recruitment.SelectionStatus;

/**
 * The selection as a CP-SAT model: one yes/no per application, exactly {@code seats} yes, every quota
 * and the cap per organisation as a linear bound, the total score maximised.
 *
 * <p>Three shapes. The one that selects leaves out the applications forced out, fixes those forced in,
 * and uses {@link IdenticalApplications}: among applications alike on every constrained field, it
 * leaves out those that can never be needed and never chooses a lower score before a higher one. This
 * keeps large employers' many applications from multiplying the search. The one that keeps a cohort
 * after a withdrawal does without that, since keeping a lower score may be the point. The guarded one,
 * to explain infeasibility,
 * switches every setting on through an assumption literal, so that the solver can name a subset that
 * cannot hold together.
 */
final class CohortModel {

    private final SelectionProblem problem;
    private final CpModel model = new CpModel();
    private final BoolVar[] chosen;
    private final Map<Literal, Setting> guards = new LinkedHashMap<>();
    /** In the model that may leave quotas short: for each quota, by how many people it misses its minimum or passes its maximum. */
    private final List<IntVar> misses = new ArrayList<>();
    private final boolean soft;

    private CohortModel(SelectionProblem problem, boolean guarded, boolean pruneIdentical) {
        this(problem, guarded, pruneIdentical, false);
    }

    private CohortModel(SelectionProblem problem, boolean guarded, boolean pruneIdentical, boolean soft) {
        this.soft = soft;
        OrTools.load();
        this.problem = problem;
        this.chosen = new BoolVar[problem.size()];
        List<List<Application>> identical = pruneIdentical ? IdenticalApplications.of(problem) : List.of();
        boolean[] leftOut = guarded ? new boolean[problem.size()] : problem.forcedOut().clone();
        identical.forEach(group -> group.subList(IdenticalApplications.useful(problem, group), group.size())
                .forEach(application -> leftOut[application.index()] = true));
        for (Application application : problem.applications()) {
            if (!leftOut[application.index()]) {
                chosen[application.index()] = model.newBoolVar("");
            }
        }
        model.addEquality(LinearExpr.sum(present(problem.applications())), problem.seats());
        for (Quota quota : problem.quotas()) {
            bound(quota, guarded);
        }
        if (problem.hasOrganisationCap()) {
            capOrganisations(guarded);
        }
        for (Application application : problem.applications()) {
            int index = application.index();
            if (problem.forcedIn()[index]) {
                if (guarded) {
                    guards.put(chosen[index], new Setting.ForcedIn(index));
                } else {
                    model.addEquality(chosen[index], 1);
                }
            } else if (guarded && problem.forcedOut()[index]) {
                guards.put(chosen[index].not(), new Setting.ForcedOut(index));
            }
        }
        identical.forEach(this::preferHigherScores);
    }

    /** The model that selects: forced settings fixed, the total score maximised. */
    static CohortModel selecting(SelectionProblem problem) {
        CohortModel cohort = new CohortModel(problem, false, true);
        cohort.maximiseTotalScore();
        return cohort;
    }

    /**
     * The model that keeps as many of a cohort as it can: no pruning of identical applications, since
     * keeping a lower score among identical ones is exactly what it may have to do.
     */
    static CohortModel keeping(SelectionProblem problem) {
        return new CohortModel(problem, false, false);
    }

    /**
     * The model of a dead end: like {@link #keeping}, but a quota may miss its minimum or pass its
     * maximum, each person missing or in excess counted in {@link #quotaMisses()}, so that the solver can
     * say how short a cohort must leave the quotas when none keeps them all.
     */
    static CohortModel leavingQuotasShort(SelectionProblem problem) {
        return new CohortModel(problem, false, false, true);
    }

    /** Every person by which the quotas are missed, in the model that may leave them short. */
    LinearExpr quotaMisses() {
        return LinearExpr.sum(misses.toArray(IntVar[]::new));
    }

    boolean missesQuotas() {
        return !misses.isEmpty();
    }

    /** The model that diagnoses: every quota, cap and forced choice behind an assumption. */
    static CohortModel guarded(SelectionProblem problem) {
        return new CohortModel(problem, true, false);
    }

    Map<Literal, Setting> guards() {
        return guards;
    }

    CpModel model() {
        return model;
    }

    LinearExpr count(List<Application> applications) {
        return LinearExpr.sum(present(applications));
    }

    void maximiseTotalScore() {
        List<BoolVar> variables = new ArrayList<>(problem.size());
        List<Long> scores = new ArrayList<>(problem.size());
        for (Application application : problem.applications()) {
            if (chosen[application.index()] != null) {
                variables.add(chosen[application.index()]);
                scores.add(application.score());
            }
        }
        model.maximize(LinearExpr.weightedSum(variables.toArray(BoolVar[]::new), scores.stream().mapToLong(Long::longValue).toArray()));
    }

    /** Starts the search from a known cohort: re-solves after a small change then prove quickly. */
    void hint(boolean[] cohort) {
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] != null) {
                model.addHint(chosen[i], cohort[i] ? 1 : 0);
            }
        }
    }

    /** Solves until the deadline at most; a deadline already passed finds nothing (UNKNOWN) without calling the solver. */
    Solution solve(SolverSettings settings, Deadline deadline) {
        if (deadline.passed()) {
            return new Solution(SelectionStatus.UNKNOWN, new boolean[chosen.length], 0, 0);
        }
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(deadline.secondsLeft())
                .setNumWorkers(settings.workers())
                .setRandomSeed(settings.seed())
                .setLogSearchProgress(false);
        long start = System.nanoTime();
        CpSolverStatus status = solver.solve(model);
        long millis = (System.nanoTime() - start) / 1_000_000;
        SelectionStatus outcome = switch (status) {
            case OPTIMAL -> SelectionStatus.OPTIMAL;
            case FEASIBLE -> SelectionStatus.FEASIBLE;
            case INFEASIBLE -> SelectionStatus.INFEASIBLE;
            default -> SelectionStatus.UNKNOWN;
        };
        boolean[] selected = new boolean[chosen.length];
        long total = 0;
        if (outcome == SelectionStatus.OPTIMAL || outcome == SelectionStatus.FEASIBLE) {
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i] != null && solver.booleanValue(chosen[i])) {
                    selected[i] = true;
                    total += problem.application(i).score();
                }
            }
        }
        return new Solution(outcome, selected, total, millis);
    }

    /** Solves under the given assumptions only; answers the subset the solver blames when infeasible. */
    AssumedOutcome solveAssuming(List<Literal> assumptions, SolverSettings settings, Deadline deadline) {
        if (deadline.passed()) {
            return new AssumedOutcome(CpSolverStatus.UNKNOWN, List.of(), 0);
        }
        model.clearAssumptions();
        model.addAssumptions(assumptions.toArray(Literal[]::new));
        CpSolver solver = new CpSolver();
        // Cores are reported by the single-worker search only.
        solver.getParameters()
                .setMaxTimeInSeconds(deadline.secondsLeft())
                .setNumWorkers(1)
                .setRandomSeed(settings.seed())
                .setLogSearchProgress(false);
        CpSolverStatus status = solver.solve(model);
        List<Literal> blamed = new ArrayList<>();
        if (status == CpSolverStatus.INFEASIBLE) {
            Map<Integer, Literal> byIndex = new HashMap<>();
            assumptions.forEach(literal -> byIndex.put(literal.getIndex(), literal));
            for (int index : solver.sufficientAssumptionsForInfeasibility()) {
                blamed.add(byIndex.get(index));
            }
        }
        long value = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE ? Math.round(solver.objectiveValue()) : 0;
        return new AssumedOutcome(status, blamed, value);
    }

    record AssumedOutcome(CpSolverStatus status, List<Literal> blamed, long objective) {

        boolean infeasible() {
            return status == CpSolverStatus.INFEASIBLE;
        }

        /** Whether the objective was reached: not when the time limit stopped the search first. */
        boolean measured() {
            return status == CpSolverStatus.OPTIMAL;
        }
    }

    private void bound(Quota quota, boolean guarded) {
        List<Application> counted = problem.applications().stream().filter(quota::counts).toList();
        LinearExpr count = count(counted);
        if (guarded) {
            if (quota.min() > 0) {
                guards.put(guard(model.addGreaterOrEqual(count, quota.min())), new Setting.QuotaMinimum(quota));
            }
            if (quota.hasMaximum() && quota.max() < counted.size()) {
                guards.put(guard(model.addLessOrEqual(count, quota.max())), new Setting.QuotaMaximum(quota));
            }
            return;
        }
        long max = quota.hasMaximum() ? quota.max() : counted.size();
        if (soft) {
            if (quota.min() > 0) {
                IntVar missing = model.newIntVar(0, quota.min(), "");
                model.addGreaterOrEqual(LinearExpr.newBuilder().addSum(present(counted)).add(missing).build(), quota.min());
                misses.add(missing);
            }
            if (max < counted.size()) {
                IntVar excess = model.newIntVar(0, counted.size() - max, "");
                model.addLessOrEqual(LinearExpr.newBuilder().addSum(present(counted)).addTerm(excess, -1).build(), max);
                misses.add(excess);
            }
            return;
        }
        if (quota.min() > 0 || max < counted.size()) {
            model.addLinearConstraint(count, quota.min(), max);
        }
    }

    private void capOrganisations(boolean guarded) {
        Map<String, List<Application>> byOrganisation = new HashMap<>();
        for (Application application : problem.applications()) {
            if (application.organisation() != null) {
                byOrganisation.computeIfAbsent(application.organisation(), organisation -> new ArrayList<>()).add(application);
            }
        }
        byOrganisation.forEach((organisation, members) -> {
            if (members.size() > problem.maxPerOrganisation()) {
                var constraint = model.addLessOrEqual(count(members), problem.maxPerOrganisation());
                if (guarded) {
                    guards.put(guard(constraint), new Setting.OrganisationCap(organisation));
                }
            }
        });
    }

    private Literal guard(Constraint constraint) {
        BoolVar on = model.newBoolVar("");
        constraint.onlyEnforceIf(on);
        return on;
    }

    /** Among identical applications, a lower score is never chosen before a higher one. */
    private void preferHigherScores(List<Application> bestFirst) {
        for (int i = 1; i < bestFirst.size() && chosen[bestFirst.get(i).index()] != null; i++) {
            model.addImplication(chosen[bestFirst.get(i).index()], chosen[bestFirst.get(i - 1).index()]);
        }
    }

    private BoolVar[] present(List<Application> applications) {
        List<BoolVar> variables = new ArrayList<>(applications.size());
        for (Application application : applications) {
            if (chosen[application.index()] != null) {
                variables.add(chosen[application.index()]);
            }
        }
        return variables.toArray(BoolVar[]::new);
    }
}

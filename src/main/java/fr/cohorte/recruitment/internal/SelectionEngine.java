package fr.cohorte.recruitment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import fr.cohorte.recruitment.ForcingCost;
import fr.cohorte.recruitment.InvalidSelectionRequestException;
import fr.cohorte.recruitment.InvalidSelectionRequestException.FieldError;
import fr.cohorte.recruitment.Replacement;
import fr.cohorte.recruitment.ReplacementRequest;
import fr.cohorte.recruitment.SelectionLimits;
import fr.cohorte.recruitment.SelectionRequest;
import fr.cohorte.recruitment.SelectionResponse;
import fr.cohorte.recruitment.SelectionResponse.Conflict;
import fr.cohorte.recruitment.SelectionStatus;
import fr.cohorte.web.RequestLimitExceededException;

/**
 * The selection's use cases on a stateless request: selecting a cohort, costing a forced candidate,
 * replacing a participant who withdraws. Cheap counting checks always run before the solver.
 * <p>
 * A request's time limit covers its whole answer, from the moment it reaches the engine: its solves
 * share one {@link Deadline}; a cohort's solve stops a tenth of the limit early to leave time for
 * the sentences, and the first of two solves (a forcing cost's totals, a recomposed cohort) stops
 * halfway.
 */
public final class SelectionEngine {

    private final SolverSettings settings;
    private final SelectionLimits limits;

    public SelectionEngine(SolverSettings settings, SelectionLimits limits) {
        this.settings = settings;
        this.limits = limits;
    }

    /** A decided problem: the solver's cohort when one exists, otherwise the settings that clash. */
    record Decision(SelectionStatus status, Solution solution, List<Clash> clashes, long millis) {

        boolean found() {
            return solution != null && solution.found();
        }
    }

    public SelectionResponse select(SelectionRequest request, SelectionMessages messages) {
        Explained explained = explain(request, messages);
        return explained.reasons().rendered(explained.answer(), messages);
    }

    /**
     * A cohort's answer with its sentences kept as data, to be rendered when someone reads them: the answer's
     * explanations are empty and its conflicts carry no message. {@code messages} words only a refused request.
     */
    public record Explained(SelectionResponse answer, SelectionReasons reasons) {
    }

    public Explained explain(SelectionRequest request, SelectionMessages messages) {
        long start = System.nanoTime();
        SelectionProblem problem = SelectionRequestReader.read(request, limits, messages);
        Deadline deadline = Deadline.after(start, problem.timeLimitSeconds());
        Decision decision = decide(problem, null, deadline.beforeAnswering(problem.timeLimitSeconds()), deadline);
        if (!decision.found()) {
            return new Explained(new SelectionResponse(decision.status(), List.of(), null, List.of(), Map.of(),
                    unworded(decision.clashes()), decision.millis()), SelectionReasons.of(Map.of(), decision.clashes()));
        }
        CohortExplainer explainer = new CohortExplainer(problem, decision.solution().selected());
        Map<String, List<Reason>> reasons = new LinkedHashMap<>();
        explainer.all(deadline).forEach((application, said) -> reasons.put(application.id(), said));
        return new Explained(new SelectionResponse(decision.status(),
                CohortExplainer.ids(explainer.selectedBestFirst()),
                problem.scale().decimal(decision.solution().total()),
                CohortExplainer.ids(explainer.waitlist()),
                Map.of(), List.of(), decision.millis()), SelectionReasons.of(reasons, List.of()));
    }

    private static List<Conflict> unworded(List<Clash> clashes) {
        return clashes.stream().map(clash -> new Conflict(clash.attribute(), clash.value(), null)).toList();
    }

    public ForcingCost forcingCost(SelectionRequest request, String candidate, SelectionMessages messages) {
        long start = System.nanoTime();
        SelectionProblem problem = SelectionRequestReader.read(request, limits, messages);
        Deadline deadline = Deadline.after(start, problem.timeLimitSeconds());
        Integer index = problem.indexById().get(candidate);
        if (index == null) {
            throw invalid("candidate", ReasonCode.UNKNOWN_CANDIDATE, messages, String.valueOf(candidate));
        }
        if (problem.forcedOut()[index]) {
            throw invalid("candidate", ReasonCode.FORCED_IN_AND_OUT, messages, candidate);
        }
        Decision base = decide(problem, null, deadline.halfway(), deadline);
        if (!base.found()) {
            Reason why = base.status() == SelectionStatus.UNKNOWN
                    ? Reason.of(ReasonCode.FORCING_OUT_OF_TIME, problem.timeLimitSeconds()) : Reason.of(ReasonCode.FORCING_WITHOUT_COHORT);
            return new ForcingCost(candidate, base.status(), null, null, null, List.of(), List.of(),
                    messages.text(why), conflicts(base.clashes(), messages));
        }
        BigDecimal optimum = problem.scale().decimal(base.solution().total());
        if (base.solution().selected()[index]) {
            return new ForcingCost(candidate, base.status(), optimum, optimum, BigDecimal.ZERO, List.of(), List.of(),
                    messages.text(Reason.of(ReasonCode.FORCING_ALREADY_SELECTED)), List.of());
        }
        Decision forced = decide(problem.forcingIn(index), base.solution().selected(), deadline, deadline);
        if (!forced.found()) {
            Reason why = forced.status() == SelectionStatus.UNKNOWN
                    ? Reason.of(ReasonCode.FORCING_OUT_OF_TIME, problem.timeLimitSeconds()) : Reason.of(ReasonCode.FORCING_IMPOSSIBLE);
            return new ForcingCost(candidate, forced.status(), optimum, null, null, List.of(), List.of(),
                    messages.text(why), conflicts(forced.clashes(), messages));
        }
        List<String> entering = difference(problem, forced.solution().selected(), base.solution().selected());
        List<String> leaving = difference(problem, base.solution().selected(), forced.solution().selected());
        BigDecimal cost = problem.scale().decimal(base.solution().total() - forced.solution().total());
        boolean proven = base.status() == SelectionStatus.OPTIMAL && forced.status() == SelectionStatus.OPTIMAL;
        return new ForcingCost(candidate, proven ? SelectionStatus.OPTIMAL : SelectionStatus.FEASIBLE, optimum,
                problem.scale().decimal(forced.solution().total()), cost, entering, leaving,
                messages.text(Reason.of(ReasonCode.FORCING_COST, cost, CandidateName.all(entering), CandidateName.all(leaving))),
                List.of());
    }

    /** A replacement request read and checked: the problem without those who left, who remains, and the answer's deadline. */
    private record Vacated(SelectionProblem problem, boolean[] kept, Deadline deadline) {
    }

    private Vacated vacate(ReplacementRequest request, SelectionMessages messages) {
        long start = System.nanoTime();
        if (request.selection() == null) {
            throw invalid("selection", ReasonCode.REQUIRED, messages);
        }
        RequestLimitExceededException.check("cohort", request.selection().candidates().size(), request.cohort().size(), "cohort");
        RequestLimitExceededException.checkLength("textLength", SelectionLimits.MAX_TEXT_LENGTH, request.withdrawn(), "withdrawn");
        SelectionProblem problem = SelectionRequestReader.read(request.selection(), limits, messages);
        Deadline deadline = Deadline.after(start, problem.timeLimitSeconds());
        Map<String, Integer> indexById = problem.indexById();
        boolean[] cohort = new boolean[problem.size()];
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.cohort().size(); i++) {
            Integer index = indexById.get(request.cohort().get(i));
            if (index == null) {
                errors.add(new FieldError("cohort[" + i + "]",
                        messages.text(Reason.of(ReasonCode.UNKNOWN_CANDIDATE, String.valueOf(request.cohort().get(i))))));
            } else {
                cohort[index] = true;
            }
        }
        List<String> everyWithdrawn = request.everyWithdrawn();
        for (int i = 0; i < everyWithdrawn.size(); i++) {
            Integer withdrawn = indexById.get(everyWithdrawn.get(i));
            if (withdrawn == null || !cohort[withdrawn]) {
                errors.add(new FieldError(i == 0 ? "withdrawn" : "alsoWithdrawn[" + (i - 1) + "]",
                        messages.text(Reason.of(ReasonCode.NOT_IN_COHORT, String.valueOf(everyWithdrawn.get(i))))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSelectionRequestException(errors);
        }
        SelectionProblem without = problem;
        for (String id : everyWithdrawn) {
            without = without.withdrawing(indexById.get(id));
            cohort[indexById.get(id)] = false;
        }
        return new Vacated(without, cohort, deadline);
    }

    public Replacement replace(ReplacementRequest request, SelectionMessages messages) {
        Vacated vacated = vacate(request, messages);
        SelectionProblem without = vacated.problem();
        boolean[] cohort = vacated.kept();
        Deadline deadline = vacated.deadline();
        List<String> everyWithdrawn = request.everyWithdrawn();
        if (everyWithdrawn.size() == 1) {
            Predicate<Application> keepsEveryQuota = without.admitsAddingTo(cohort);
            for (Application candidate : new CohortExplainer(without, cohort).waitlist()) {
                if (keepsEveryQuota.test(candidate)) {
                    cohort[candidate.index()] = true;
                    return replacement(Replacement.Kind.SINGLE_SWAP, without, request, cohort, SelectionStatus.FEASIBLE,
                            Reason.of(ReasonCode.REPLACEMENT_SINGLE_SWAP, candidate.id(), request.withdrawn(),
                                    without.scale().decimal(candidate.score())), messages);
                }
            }
        }
        return recompose(without, cohort, request, messages, deadline);
    }

    /**
     * Several seats to fill, or nobody alone keeps every quota: one solve for all the open seats, first
     * keeping as many remaining participants as possible (people told they are in should stay in), then,
     * among such cohorts, the best total.
     */
    private Replacement recompose(SelectionProblem problem, boolean[] kept, ReplacementRequest request, SelectionMessages messages,
                                  Deadline deadline) {
        List<Clash> counted = CountingChecks.of(problem);
        if (!counted.isEmpty()) {
            return impossible(request, counted, messages);
        }
        List<Application> remaining = problem.applications().stream().filter(a -> kept[a.index()]).toList();
        CohortModel keepMost = CohortModel.keeping(problem);
        keepMost.model().maximize(keepMost.count(remaining));
        keepMost.hint(kept);
        Solution mostKept = keepMost.solve(settings, deadline.halfway());
        if (!mostKept.found()) {
            return impossible(request, switch (mostKept.status()) {
                case INFEASIBLE -> ConflictFinder.of(problem, settings, deadline);
                case UNKNOWN -> List.of(new Clash("timeLimitSeconds", null,
                        Reason.of(ReasonCode.TIME_LIMIT_WITHOUT_COHORT, problem.timeLimitSeconds())));
                default -> List.of();
            }, messages);
        }
        long keptCount = remaining.stream().filter(a -> mostKept.selected()[a.index()]).count();
        CohortModel best = CohortModel.keeping(problem);
        best.model().addGreaterOrEqual(best.count(remaining), keptCount);
        best.maximiseTotalScore();
        best.hint(mostKept.selected());
        Solution solution = best.solve(settings, deadline);
        boolean[] cohort = solution.found() ? solution.selected() : mostKept.selected();
        SelectionStatus status = solution.status() == SelectionStatus.OPTIMAL && mostKept.status() == SelectionStatus.OPTIMAL
                ? SelectionStatus.OPTIMAL : SelectionStatus.FEASIBLE;
        String withdrawn = String.join(", ", request.everyWithdrawn());
        if (request.everyWithdrawn().size() > 1 && keptCount == remaining.size()) {
            return replacement(Replacement.Kind.FILLED, problem, request, cohort, status,
                    Reason.of(ReasonCode.REPLACEMENT_FILLED, String.join(", ", difference(problem, cohort, kept)), withdrawn,
                            request.everyWithdrawn().size()), messages);
        }
        return replacement(Replacement.Kind.RESOLVED, problem, request, cohort, status,
                Reason.of(ReasonCode.REPLACEMENT_RESOLVED, withdrawn, keptCount, remaining.size(),
                        String.join(", ", difference(problem, cohort, kept)), String.join(", ", difference(problem, kept, cohort))),
                messages);
    }

    /**
     * The way out of a dead end that leaves quotas short: among the cohorts that fill the open seats under
     * the cap and staff's choices, the one that misses the quotas by the fewest people, then keeps the
     * most remaining participants, then has the best total. Impossible only when no cohort fills the
     * seats at all, whatever the quotas.
     */
    public Replacement replaceLeavingQuotasShort(ReplacementRequest request, SelectionMessages messages) {
        Vacated vacated = vacate(request, messages);
        SelectionProblem problem = vacated.problem();
        boolean[] kept = vacated.kept();
        Deadline deadline = vacated.deadline();
        List<Application> remaining = problem.applications().stream().filter(a -> kept[a.index()]).toList();
        CohortModel fewestMissing = CohortModel.leavingQuotasShort(problem);
        if (!fewestMissing.missesQuotas()) {
            return impossible(request, List.of(), messages);
        }
        fewestMissing.model().minimize(fewestMissing.quotaMisses());
        fewestMissing.hint(kept);
        Solution least = fewestMissing.solve(settings, deadline.halfway());
        if (!least.found()) {
            return impossible(request, List.of(), messages);
        }
        long missed = shortfalls(problem, least.selected()).stream().mapToLong(s -> s.missing() + s.excess()).sum();
        CohortModel keepMost = CohortModel.leavingQuotasShort(problem);
        keepMost.model().addLessOrEqual(keepMost.quotaMisses(), missed);
        keepMost.model().maximize(keepMost.count(remaining));
        keepMost.hint(least.selected());
        Solution mostKept = keepMost.solve(settings, deadline.halfway());
        boolean[] keeping = mostKept.found() ? mostKept.selected() : least.selected();
        long keptCount = remaining.stream().filter(a -> keeping[a.index()]).count();
        CohortModel best = CohortModel.leavingQuotasShort(problem);
        best.model().addLessOrEqual(best.quotaMisses(), missed);
        best.model().addGreaterOrEqual(best.count(remaining), keptCount);
        best.maximiseTotalScore();
        best.hint(keeping);
        Solution solution = best.solve(settings, deadline);
        boolean[] cohort = solution.found() ? solution.selected() : keeping;
        boolean proven = least.status() == SelectionStatus.OPTIMAL && mostKept.status() == SelectionStatus.OPTIMAL
                && solution.status() == SelectionStatus.OPTIMAL;
        List<Replacement.Shortfall> shortfalls = shortfalls(problem, cohort);
        Replacement found = replacement(Replacement.Kind.SHORT, problem, request, cohort,
                proven ? SelectionStatus.OPTIMAL : SelectionStatus.FEASIBLE,
                Reason.of(ReasonCode.REPLACEMENT_SHORT, String.join(", ", request.everyWithdrawn()), missed, keptCount, remaining.size()),
                messages);
        return new Replacement(found.kind(), found.withdrawn(), found.entering(), found.leaving(), found.cohort(),
                found.totalScore(), found.status(), found.explanation(), List.of(), shortfalls);
    }

    /** The quotas the cohort misses, in the order of the request. */
    private static List<Replacement.Shortfall> shortfalls(SelectionProblem problem, boolean[] cohort) {
        List<Replacement.Shortfall> found = new ArrayList<>();
        for (Quota quota : problem.quotas()) {
            int count = (int) problem.applications().stream().filter(a -> cohort[a.index()] && quota.counts(a)).count();
            if (count < quota.min() || (quota.hasMaximum() && count > quota.max())) {
                found.add(new Replacement.Shortfall(quota.attribute().field(), quota.value(), quota.min() > 0 ? quota.min() : null,
                        quota.hasMaximum() ? quota.max() : null, count));
            }
        }
        return found;
    }

    private Replacement replacement(Replacement.Kind kind, SelectionProblem problem, ReplacementRequest request, boolean[] cohort,
                                    SelectionStatus status, Reason reason, SelectionMessages messages) {
        Map<String, Integer> indexById = problem.indexById();
        boolean[] before = new boolean[problem.size()];
        request.cohort().forEach(id -> before[indexById.get(id)] = true);
        List<Application> members = CohortExplainer.bestFirst(problem, cohort);
        long total = members.stream().mapToLong(Application::score).sum();
        return new Replacement(kind, request.withdrawn(), difference(problem, cohort, before), difference(problem, before, cohort),
                CohortExplainer.ids(members), problem.scale().decimal(total), status, messages.text(reason), List.of(), List.of());
    }

    private Replacement impossible(ReplacementRequest request, List<Clash> clashes, SelectionMessages messages) {
        return new Replacement(Replacement.Kind.IMPOSSIBLE, request.withdrawn(), List.of(), List.of(), List.of(), null,
                SelectionStatus.INFEASIBLE,
                messages.text(Reason.of(ReasonCode.REPLACEMENT_IMPOSSIBLE, String.join(", ", request.everyWithdrawn()))),
                conflicts(clashes, messages), List.of());
    }

    /** Solves until {@code solveBy}; when the settings cannot hold, looks for the clashing ones until {@code clashesBy}. */
    Decision decide(SelectionProblem problem, boolean[] hint, Deadline solveBy, Deadline clashesBy) {
        long start = System.nanoTime();
        List<Clash> counted = CountingChecks.of(problem);
        if (!counted.isEmpty()) {
            return new Decision(SelectionStatus.INFEASIBLE, null, counted, elapsedMillis(start));
        }
        CohortModel model = CohortModel.selecting(problem);
        if (hint != null) {
            model.hint(hint);
        }
        Solution solution = model.solve(settings, solveBy);
        List<Clash> clashes = switch (solution.status()) {
            case INFEASIBLE -> ConflictFinder.of(problem, settings, clashesBy);
            case UNKNOWN -> List.of(new Clash("timeLimitSeconds", null,
                    Reason.of(ReasonCode.TIME_LIMIT_WITHOUT_COHORT, problem.timeLimitSeconds())));
            default -> List.of();
        };
        return new Decision(solution.status(), solution, clashes, elapsedMillis(start));
    }

    /** Ids in {@code these} and not in {@code those}, best score first. */
    private static List<String> difference(SelectionProblem problem, boolean[] these, boolean[] those) {
        boolean[] only = new boolean[these.length];
        for (int i = 0; i < these.length; i++) {
            only[i] = these[i] && !those[i];
        }
        return CohortExplainer.ids(CohortExplainer.bestFirst(problem, only));
    }

    private static List<Conflict> conflicts(List<Clash> clashes, SelectionMessages messages) {
        return clashes.stream().map(clash -> new Conflict(clash.attribute(), clash.value(), messages.text(clash.reason()))).toList();
    }

    private static InvalidSelectionRequestException invalid(String field, ReasonCode code, SelectionMessages messages, Object... arguments) {
        return new InvalidSelectionRequestException(List.of(new FieldError(field, messages.text(Reason.of(code, arguments)))));
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

package fr.cohorte.recruitment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cohorte.recruitment.ForcingCost;
import fr.cohorte.recruitment.InvalidSelectionRequestException;
import fr.cohorte.recruitment.InvalidSelectionRequestException.FieldError;
import fr.cohorte.recruitment.Replacement;
import fr.cohorte.recruitment.ReplacementRequest;
import fr.cohorte.recruitment.SelectionRequest;
import fr.cohorte.recruitment.SelectionResponse;
import fr.cohorte.recruitment.SelectionResponse.Conflict;
import fr.cohorte.recruitment.SelectionStatus;

/**
 * The selection's use cases on a stateless request: selecting a cohort, costing a forced candidate,
 * replacing a participant who withdraws. Cheap counting checks always run before the solver.
 */
public final class SelectionEngine {

    private final SolverSettings settings;

    public SelectionEngine(SolverSettings settings) {
        this.settings = settings;
    }

    /** A decided problem: the solver's cohort when one exists, otherwise the settings that clash. */
    record Decision(SelectionStatus status, Solution solution, List<Clash> clashes, long millis) {

        boolean found() {
            return solution != null && solution.found();
        }
    }

    public SelectionResponse select(SelectionRequest request, SelectionMessages messages) {
        SelectionProblem problem = SelectionRequestReader.read(request, messages);
        Decision decision = decide(problem, null);
        if (!decision.found()) {
            return new SelectionResponse(decision.status(), List.of(), null, List.of(), Map.of(),
                    conflicts(decision.clashes(), messages), decision.millis());
        }
        CohortExplainer explainer = new CohortExplainer(problem, decision.solution().selected());
        Map<String, String> explanations = new LinkedHashMap<>();
        explainer.all().forEach((application, reasons) -> explanations.put(application.id(), messages.text(reasons)));
        return new SelectionResponse(decision.status(),
                CohortExplainer.ids(explainer.selectedBestFirst()),
                problem.scale().decimal(decision.solution().total()),
                CohortExplainer.ids(explainer.waitlist()),
                explanations, List.of(), decision.millis());
    }

    public ForcingCost forcingCost(SelectionRequest request, String candidate, SelectionMessages messages) {
        SelectionProblem problem = SelectionRequestReader.read(request, messages);
        Integer index = problem.indexById().get(candidate);
        if (index == null) {
            throw invalid("candidate", ReasonCode.UNKNOWN_CANDIDATE, messages, String.valueOf(candidate));
        }
        if (problem.forcedOut()[index]) {
            throw invalid("candidate", ReasonCode.FORCED_IN_AND_OUT, messages, candidate);
        }
        Decision base = decide(problem, null);
        if (!base.found()) {
            return new ForcingCost(candidate, base.status(), null, null, null, List.of(), List.of(),
                    messages.text(Reason.of(ReasonCode.FORCING_WITHOUT_COHORT)), conflicts(base.clashes(), messages));
        }
        BigDecimal optimum = problem.scale().decimal(base.solution().total());
        if (base.solution().selected()[index]) {
            return new ForcingCost(candidate, base.status(), optimum, optimum, BigDecimal.ZERO, List.of(), List.of(),
                    messages.text(Reason.of(ReasonCode.FORCING_ALREADY_SELECTED)), List.of());
        }
        Decision forced = decide(problem.forcingIn(index), base.solution().selected());
        if (!forced.found()) {
            return new ForcingCost(candidate, forced.status(), optimum, null, null, List.of(), List.of(),
                    messages.text(Reason.of(ReasonCode.FORCING_IMPOSSIBLE)), conflicts(forced.clashes(), messages));
        }
        List<String> entering = difference(problem, forced.solution().selected(), base.solution().selected());
        List<String> leaving = difference(problem, base.solution().selected(), forced.solution().selected());
        BigDecimal cost = problem.scale().decimal(base.solution().total() - forced.solution().total());
        boolean proven = base.status() == SelectionStatus.OPTIMAL && forced.status() == SelectionStatus.OPTIMAL;
        return new ForcingCost(candidate, proven ? SelectionStatus.OPTIMAL : SelectionStatus.FEASIBLE, optimum,
                problem.scale().decimal(forced.solution().total()), cost, entering, leaving,
                messages.text(Reason.of(ReasonCode.FORCING_COST, cost, String.join(", ", entering), String.join(", ", leaving))),
                List.of());
    }

    public Replacement replace(ReplacementRequest request, SelectionMessages messages) {
        SelectionProblem problem = SelectionRequestReader.read(request.selection(), messages);
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
        Integer withdrawn = indexById.get(request.withdrawn());
        if (withdrawn == null || !cohort[withdrawn]) {
            errors.add(new FieldError("withdrawn", messages.text(Reason.of(ReasonCode.NOT_IN_COHORT, String.valueOf(request.withdrawn())))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSelectionRequestException(errors);
        }
        SelectionProblem without = problem.withdrawing(withdrawn);
        cohort[withdrawn] = false;
        for (Application candidate : new CohortExplainer(without, cohort).waitlist()) {
            cohort[candidate.index()] = true;
            if (without.admits(cohort)) {
                return replacement(Replacement.Kind.SINGLE_SWAP, without, request, cohort, SelectionStatus.FEASIBLE,
                        Reason.of(ReasonCode.REPLACEMENT_SINGLE_SWAP, candidate.id(), request.withdrawn(),
                                without.scale().decimal(candidate.score())), messages);
            }
            cohort[candidate.index()] = false;
        }
        return recompose(without, cohort, request, messages);
    }

    /**
     * Nobody alone keeps every quota: solve again, first keeping as many remaining participants as
     * possible (people told they are in should stay in), then, among such cohorts, the best total.
     */
    private Replacement recompose(SelectionProblem problem, boolean[] kept, ReplacementRequest request, SelectionMessages messages) {
        List<Clash> counted = CountingChecks.of(problem);
        if (!counted.isEmpty()) {
            return impossible(request, counted, messages);
        }
        List<Application> remaining = problem.applications().stream().filter(a -> kept[a.index()]).toList();
        CohortModel keepMost = CohortModel.keeping(problem);
        keepMost.model().maximize(keepMost.count(remaining));
        keepMost.hint(kept);
        Solution mostKept = keepMost.solve(settings, problem.timeLimitSeconds());
        if (!mostKept.found()) {
            return impossible(request, mostKept.status() == SelectionStatus.INFEASIBLE ? ConflictFinder.of(problem, settings) : List.of(), messages);
        }
        long keptCount = remaining.stream().filter(a -> mostKept.selected()[a.index()]).count();
        CohortModel best = CohortModel.keeping(problem);
        best.model().addGreaterOrEqual(best.count(remaining), keptCount);
        best.maximiseTotalScore();
        best.hint(mostKept.selected());
        Solution solution = best.solve(settings, problem.timeLimitSeconds());
        boolean[] cohort = solution.found() ? solution.selected() : mostKept.selected();
        SelectionStatus status = solution.status() == SelectionStatus.OPTIMAL && mostKept.status() == SelectionStatus.OPTIMAL
                ? SelectionStatus.OPTIMAL : SelectionStatus.FEASIBLE;
        return replacement(Replacement.Kind.RESOLVED, problem, request, cohort, status,
                Reason.of(ReasonCode.REPLACEMENT_RESOLVED, request.withdrawn(), keptCount, remaining.size(),
                        String.join(", ", difference(problem, cohort, kept)), String.join(", ", difference(problem, kept, cohort))),
                messages);
    }

    private Replacement replacement(Replacement.Kind kind, SelectionProblem problem, ReplacementRequest request, boolean[] cohort,
                                    SelectionStatus status, Reason reason, SelectionMessages messages) {
        Map<String, Integer> indexById = problem.indexById();
        boolean[] before = new boolean[problem.size()];
        request.cohort().forEach(id -> before[indexById.get(id)] = true);
        List<Application> members = CohortExplainer.bestFirst(problem, cohort);
        long total = members.stream().mapToLong(Application::score).sum();
        return new Replacement(kind, request.withdrawn(), difference(problem, cohort, before), difference(problem, before, cohort),
                CohortExplainer.ids(members), problem.scale().decimal(total), status, messages.text(reason), List.of());
    }

    private Replacement impossible(ReplacementRequest request, List<Clash> clashes, SelectionMessages messages) {
        return new Replacement(Replacement.Kind.IMPOSSIBLE, request.withdrawn(), List.of(), List.of(), List.of(), null,
                SelectionStatus.INFEASIBLE, messages.text(Reason.of(ReasonCode.REPLACEMENT_IMPOSSIBLE, request.withdrawn())),
                conflicts(clashes, messages));
    }

    Decision decide(SelectionProblem problem, boolean[] hint) {
        long start = System.nanoTime();
        List<Clash> counted = CountingChecks.of(problem);
        if (!counted.isEmpty()) {
            return new Decision(SelectionStatus.INFEASIBLE, null, counted, elapsedMillis(start));
        }
        CohortModel model = CohortModel.selecting(problem);
        if (hint != null) {
            model.hint(hint);
        }
        Solution solution = model.solve(settings, problem.timeLimitSeconds());
        List<Clash> clashes = switch (solution.status()) {
            case INFEASIBLE -> ConflictFinder.of(problem, settings);
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

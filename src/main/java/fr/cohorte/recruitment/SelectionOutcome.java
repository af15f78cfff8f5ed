package fr.cohorte.recruitment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cohorte.recruitment.SelectionRequest.Candidate;

/**
 * A recorded run as staff read it: the selected, the waiting list best first, everyone else, each
 * with the values the quotas counted and the sentence that explains their outcome.
 */
public record SelectionOutcome(SelectionRun run, SelectionRequest request, SelectionResponse response,
                               List<Row> selected, List<Row> waitlist, List<Row> others) {

    /** One candidate of the run; {@code rank} is their place on the waiting list, 0 elsewhere. */
    public record Row(String candidateId, Long applicationId, String name, Candidate candidate, int rank, String explanation) {
    }

    /** {@code labels} names the values quotas count (a horizon's id...) in the reader's language. */
    static SelectionOutcome of(SelectionRun run, SelectionRequest request, SelectionResponse response,
                               BiFunction<String, String, String> labels) {
        List<Candidate> labelled = request.candidates().stream().map(c -> SelectionWording.labelled(c, labels)).toList();
        Map<String, Candidate> candidates = labelled.stream()
                .collect(Collectors.toMap(Candidate::id, Function.identity()));
        Function<String, Row> row = id -> row(id, candidates.get(id), 0, response);
        List<Row> selected = response.selected().stream().map(row).toList();
        List<Row> waitlist = new ArrayList<>();
        for (int i = 0; i < response.waitlist().size(); i++) {
            String id = response.waitlist().get(i);
            waitlist.add(row(id, candidates.get(id), i + 1, response));
        }
        Set<String> placed = new HashSet<>(response.selected());
        placed.addAll(response.waitlist());
        List<Row> others = labelled.stream().filter(c -> !placed.contains(c.id()))
                .map(c -> row(c.id(), c, 0, response)).toList();
        return new SelectionOutcome(run, request, response, selected, List.copyOf(waitlist), others);
    }

    private static Row row(String id, Candidate candidate, int rank, SelectionResponse response) {
        return new Row(id, SelectionPool.applicationId(id).orElse(null), SelectionPool.nameOf(id), candidate, rank,
                response.explanations() == null ? null : response.explanations().get(id));
    }

    public boolean hasCohort() {
        return run.hasCohort();
    }

    /** Who is in {@code other} and not here, and the reverse, with both totals: the what-if view. */
    public Comparison comparedWith(SelectionOutcome other) {
        Set<String> here = new HashSet<>(response.selected());
        Set<String> there = new HashSet<>(other.response.selected());
        List<Row> entering = other.selected.stream().filter(r -> !here.contains(r.candidateId())).toList();
        List<Row> leaving = selected.stream().filter(r -> !there.contains(r.candidateId())).toList();
        List<Row> staying = selected.stream().filter(r -> there.contains(r.candidateId())).toList();
        return new Comparison(this, other, entering, leaving, staying);
    }

    /** From {@code before} to {@code after}: who enters, who leaves, who stays. */
    public record Comparison(SelectionOutcome before, SelectionOutcome after, List<Row> entering, List<Row> leaving,
                             List<Row> staying) {
    }
}

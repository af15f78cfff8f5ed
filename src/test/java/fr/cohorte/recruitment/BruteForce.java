package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.recruitment.SelectionRequest.Candidate;
import fr.cohorte.recruitment.SelectionRequest.Quota;

/** The selection's rules checked the slow, obvious way: by trying every cohort. For small instances only. */
final class BruteForce {

    private final SelectionRequest request;

    BruteForce(SelectionRequest request) {
        this.request = request;
    }

    /** The best total of any admissible cohort, or empty when none exists. */
    Optional<BigDecimal> bestTotal() {
        return bestTotal(Set.copyOf(request.forceIn()));
    }

    Optional<BigDecimal> bestTotal(Set<String> forcedIn) {
        BigDecimal[] best = {null};
        List<Candidate> cohort = new ArrayList<>();
        enumerate(0, cohort, forcedIn, best);
        return Optional.ofNullable(best[0]);
    }

    private void enumerate(int next, List<Candidate> cohort, Set<String> forcedIn, BigDecimal[] best) {
        if (cohort.size() == request.seatsOrDefault()) {
            if (admits(ids(cohort), forcedIn)) {
                BigDecimal total = total(ids(cohort));
                if (best[0] == null || total.compareTo(best[0]) > 0) {
                    best[0] = total;
                }
            }
            return;
        }
        if (next == request.candidates().size()) {
            return;
        }
        cohort.add(request.candidates().get(next));
        enumerate(next + 1, cohort, forcedIn, best);
        cohort.removeLast();
        enumerate(next + 1, cohort, forcedIn, best);
    }

    boolean admits(Set<String> cohort) {
        return admits(cohort, Set.copyOf(request.forceIn()));
    }

    private boolean admits(Set<String> cohort, Set<String> forcedIn) {
        if (cohort.size() != request.seatsOrDefault() || !cohort.containsAll(forcedIn)
                || request.forceOut().stream().anyMatch(cohort::contains)) {
            return false;
        }
        List<Candidate> members = request.candidates().stream().filter(c -> cohort.contains(c.id())).toList();
        for (Quota quota : request.quotas()) {
            long count = members.stream().filter(c -> quota.value().equals(field(c, quota.attribute()))).count();
            if (quota.min() != null && count < quota.min() || quota.max() != null && count > quota.max()) {
                return false;
            }
        }
        if (request.maxPerOrganisation() != null) {
            Map<String, Integer> perOrganisation = new HashMap<>();
            for (Candidate member : members) {
                if (member.organisation() != null
                        && perOrganisation.merge(member.organisation(), 1, Integer::sum) > request.maxPerOrganisation()) {
                    return false;
                }
            }
        }
        return true;
    }

    BigDecimal total(Set<String> cohort) {
        return request.candidates().stream().filter(c -> cohort.contains(c.id())).map(Candidate::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String field(Candidate candidate, String attribute) {
        return switch (attribute) {
            case "background" -> candidate.background();
            case "gender" -> candidate.gender();
            case "organisation" -> candidate.organisation();
            case "region" -> candidate.region();
            default -> throw new IllegalArgumentException(attribute);
        };
    }

    private static Set<String> ids(List<Candidate> candidates) {
        Set<String> ids = new HashSet<>();
        candidates.forEach(c -> ids.add(c.id()));
        return ids;
    }
}

package fr.cohorte.recruitment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Settings that cannot hold, found by counting before any solving: each policy is one way to ask for
 * more people than exist or fewer than the seats need, and says by how many. The solver is only asked
 * when every count is possible.
 */
final class CountingChecks {

    private final SelectionProblem problem;

    private CountingChecks(SelectionProblem problem) {
        this.problem = problem;
    }

    static List<Clash> of(SelectionProblem problem) {
        CountingChecks checks = new CountingChecks(problem);
        List<Clash> clashes = new ArrayList<>();
        checks.seatsWithinApplications().ifPresent(clashes::add);
        checks.forcedInWithinSeats().ifPresent(clashes::add);
        for (Quota quota : problem.quotas()) {
            Stream.of(checks.quotaMinimumWithinSeats(quota), checks.quotaMinimumWithinApplicants(quota),
                    checks.quotaMaximumAboveForcedIn(quota)).flatMap(Optional::stream).forEach(clashes::add);
        }
        for (CandidateAttribute attribute : CandidateAttribute.values()) {
            Stream.of(checks.minimumsWithinSeats(attribute), checks.maximumsReachSeats(attribute))
                    .flatMap(Optional::stream).forEach(clashes::add);
        }
        clashes.addAll(checks.organisationCapAboveForcedIn());
        return clashes;
    }

    Optional<Clash> seatsWithinApplications() {
        int eligible = eligible().size();
        return problem.seats() <= eligible ? Optional.empty()
                : Optional.of(new Clash("seats", null, Reason.of(ReasonCode.SEATS_ABOVE_APPLICATIONS,
                problem.seats(), eligible, problem.seats() - eligible)));
    }

    Optional<Clash> forcedInWithinSeats() {
        int forced = problem.forcedInCount();
        return forced <= problem.seats() ? Optional.empty()
                : Optional.of(new Clash("forceIn", null, Reason.of(ReasonCode.FORCED_IN_ABOVE_SEATS,
                forced, problem.seats(), forced - problem.seats())));
    }

    Optional<Clash> quotaMinimumWithinSeats(Quota quota) {
        return quota.min() <= problem.seats() ? Optional.empty()
                : Optional.of(clash(quota, ReasonCode.QUOTA_MINIMUM_ABOVE_SEATS, quota.min(), quota.attribute(), quota.quoted(),
                problem.seats(), quota.min() - problem.seats()));
    }

    /** "At least 4 parliamentarians requested, 2 applied", counting at most the cap from each organisation. */
    Optional<Clash> quotaMinimumWithinApplicants(Quota quota) {
        List<Application> counted = eligible().stream().filter(quota::counts).toList();
        if (quota.min() > counted.size()) {
            return Optional.of(clash(quota, ReasonCode.QUOTA_MINIMUM_ABOVE_APPLICANTS, quota.min(), quota.attribute(), quota.quoted(),
                    counted.size(), quota.min() - counted.size()));
        }
        int selectable = withinOrganisationCap(counted);
        return quota.min() <= selectable ? Optional.empty()
                : Optional.of(clash(quota, ReasonCode.QUOTA_MINIMUM_ABOVE_ORGANISATION_CAP, quota.min(), quota.attribute(), quota.quoted(),
                counted.size(), selectable, problem.maxPerOrganisation(), quota.min() - selectable));
    }

    Optional<Clash> quotaMaximumAboveForcedIn(Quota quota) {
        long forced = problem.applications().stream().filter(a -> problem.forcedIn()[a.index()] && quota.counts(a)).count();
        return forced <= quota.max() ? Optional.empty()
                : Optional.of(clash(quota, ReasonCode.QUOTA_MAXIMUM_BELOW_FORCED_IN, quota.max(), quota.attribute(), quota.quoted(),
                forced, forced - quota.max()));
    }

    /** The minimums of the values of one field, together, cannot exceed the seats. */
    Optional<Clash> minimumsWithinSeats(CandidateAttribute attribute) {
        List<Quota> quotas = quotasOn(attribute);
        int minimums = quotas.stream().mapToInt(Quota::min).sum();
        return quotas.size() < 2 || minimums <= problem.seats() ? Optional.empty()
                : Optional.of(new Clash(attribute.field(), null, Reason.of(ReasonCode.MINIMUMS_ABOVE_SEATS,
                attribute, minimums, problem.seats(), minimums - problem.seats())));
    }

    /**
     * The maximums of the values of one field, plus everyone whose value has no maximum, must fill the
     * seats; for organisations the cap per organisation counts as a maximum too.
     */
    Optional<Clash> maximumsReachSeats(CandidateAttribute attribute) {
        boolean capped = attribute == CandidateAttribute.ORGANISATION && problem.hasOrganisationCap();
        if (quotasOn(attribute).stream().noneMatch(Quota::hasMaximum) && !capped) {
            return Optional.empty();
        }
        Map<String, Integer> applicants = new HashMap<>();
        int withoutValue = 0;
        for (Application application : eligible()) {
            String value = application.value(attribute);
            if (value == null) {
                withoutValue++;
            } else {
                applicants.merge(value, 1, Integer::sum);
            }
        }
        Map<String, Integer> maximums = new HashMap<>();
        quotasOn(attribute).forEach(quota -> maximums.put(quota.value(), quota.max()));
        long room = withoutValue;
        for (Map.Entry<String, Integer> entry : applicants.entrySet()) {
            int limit = Math.min(entry.getValue(), maximums.getOrDefault(entry.getKey(), Quota.NO_MAXIMUM));
            room += capped ? Math.min(limit, problem.maxPerOrganisation()) : limit;
        }
        if (room >= problem.seats()) {
            return Optional.empty();
        }
        if (capped && quotasOn(attribute).isEmpty()) {
            return Optional.of(new Clash("maxPerOrganisation", null, Reason.of(ReasonCode.ORGANISATION_CAP_BELOW_SEATS,
                    problem.maxPerOrganisation(), room, problem.seats(), problem.seats() - room)));
        }
        return Optional.of(new Clash(attribute.field(), null, Reason.of(ReasonCode.MAXIMUMS_BELOW_SEATS,
                attribute, room, problem.seats(), problem.seats() - room)));
    }

    List<Clash> organisationCapAboveForcedIn() {
        if (!problem.hasOrganisationCap()) {
            return List.of();
        }
        Map<String, Integer> forced = new HashMap<>();
        for (Application application : problem.applications()) {
            if (problem.forcedIn()[application.index()] && application.organisation() != null) {
                forced.merge(application.organisation(), 1, Integer::sum);
            }
        }
        return forced.entrySet().stream()
                .filter(entry -> entry.getValue() > problem.maxPerOrganisation())
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new Clash("organisation", entry.getKey(), Reason.of(ReasonCode.ORGANISATION_CAP_BELOW_FORCED_IN,
                        problem.maxPerOrganisation(), entry.getKey(), entry.getValue(), entry.getValue() - problem.maxPerOrganisation())))
                .toList();
    }

    private int withinOrganisationCap(List<Application> applications) {
        if (!problem.hasOrganisationCap()) {
            return applications.size();
        }
        Map<String, Integer> perOrganisation = new HashMap<>();
        int selectable = 0;
        for (Application application : applications) {
            if (application.organisation() == null
                    || perOrganisation.merge(application.organisation(), 1, Integer::sum) <= problem.maxPerOrganisation()) {
                selectable++;
            }
        }
        return selectable;
    }

    private List<Application> eligible() {
        return problem.applications().stream().filter(a -> !problem.forcedOut()[a.index()]).toList();
    }

    private List<Quota> quotasOn(CandidateAttribute attribute) {
        return problem.quotas().stream().filter(quota -> quota.attribute() == attribute).toList();
    }

    private static Clash clash(Quota quota, ReasonCode code, Object... arguments) {
        return new Clash(quota.attribute().field(), quota.value(), Reason.of(code, arguments));
    }
}

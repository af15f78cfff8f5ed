package fr.cohorte.recruitment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether one waiting candidate could take the seat of one selected participant with every quota
 * still held. Each policy is one rule that may forbid the swap, and names itself when it does.
 */
final class SwapPolicies {

    /** A rule that forbids a swap; equal blockers are the same rule, so they can be counted. */
    sealed interface Blocker {
        Reason reason();
    }

    record MaximumReached(Quota quota) implements Blocker {
        public Reason reason() {
            return Reason.of(ReasonCode.QUOTA_MAXIMUM_REACHED, quota.max(), quota.attribute(), quota.quoted());
        }
    }

    record MinimumHolds(Quota quota) implements Blocker {
        public Reason reason() {
            return Reason.of(ReasonCode.QUOTA_MINIMUM_HOLDS, quota.min(), quota.attribute(), quota.quoted());
        }
    }

    record OrganisationFull(String organisation, int cap) implements Blocker {
        public Reason reason() {
            return Reason.of(ReasonCode.ORGANISATION_FULL, cap, organisation);
        }
    }

    private final SelectionProblem problem;
    private final Map<CandidateAttribute, Map<String, Integer>> quotaIndex = new HashMap<>();
    private final int[] counts;
    private final Map<String, Integer> perOrganisation = new HashMap<>();

    SwapPolicies(SelectionProblem problem, boolean[] cohort) {
        this.problem = problem;
        this.counts = new int[problem.quotas().size()];
        for (int q = 0; q < problem.quotas().size(); q++) {
            Quota quota = problem.quotas().get(q);
            quotaIndex.computeIfAbsent(quota.attribute(), attribute -> new HashMap<>()).put(quota.value(), q);
        }
        for (Application application : problem.applications()) {
            if (cohort[application.index()]) {
                for (int q = 0; q < counts.length; q++) {
                    if (problem.quotas().get(q).counts(application)) {
                        counts[q]++;
                    }
                }
                if (application.organisation() != null) {
                    perOrganisation.merge(application.organisation(), 1, Integer::sum);
                }
            }
        }
    }

    /** Everything that forbids {@code entering} to take the seat of {@code leaving}; empty when the swap keeps every quota. */
    List<Blocker> blockers(Application entering, Application leaving) {
        List<Blocker> blockers = new ArrayList<>(2);
        for (CandidateAttribute attribute : CandidateAttribute.values()) {
            String in = entering.value(attribute);
            String out = leaving.value(attribute);
            if (in == null ? out != null : !in.equals(out)) {
                quotaMaximumPolicy(attribute, in).ifPresent(blockers::add);
                quotaMinimumPolicy(attribute, out).ifPresent(blockers::add);
            }
        }
        organisationCapPolicy(entering, leaving).ifPresent(blockers::add);
        return blockers;
    }

    /** One more person with this value would pass its maximum. */
    Optional<Blocker> quotaMaximumPolicy(CandidateAttribute attribute, String entering) {
        int q = quota(attribute, entering);
        Quota quota = q < 0 ? null : problem.quotas().get(q);
        return quota != null && quota.hasMaximum() && counts[q] >= quota.max()
                ? Optional.of(new MaximumReached(quota)) : Optional.empty();
    }

    /** One fewer person with this value would fall below its minimum. */
    Optional<Blocker> quotaMinimumPolicy(CandidateAttribute attribute, String leaving) {
        int q = quota(attribute, leaving);
        Quota quota = q < 0 ? null : problem.quotas().get(q);
        return quota != null && counts[q] <= quota.min()
                ? Optional.of(new MinimumHolds(quota)) : Optional.empty();
    }

    /** The entering person's organisation already has all the seats it may have. */
    Optional<Blocker> organisationCapPolicy(Application entering, Application leaving) {
        String organisation = entering.organisation();
        return problem.hasOrganisationCap() && organisation != null && !organisation.equals(leaving.organisation())
                && perOrganisation.getOrDefault(organisation, 0) >= problem.maxPerOrganisation()
                ? Optional.of(new OrganisationFull(organisation, problem.maxPerOrganisation())) : Optional.empty();
    }

    /** The position of the quota on this value in the problem's list, or -1 when none counts it. */
    private int quota(CandidateAttribute attribute, String value) {
        Map<String, Integer> byValue = quotaIndex.get(attribute);
        Integer q = value == null || byValue == null ? null : byValue.get(value);
        return q == null ? -1 : q;
    }
}

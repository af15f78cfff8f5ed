package fr.cohorte.recruitment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applications alike on every field a setting constrains (each field with a quota, and the
 * organisation when capped) are interchangeable for every quota: any cohort can trade one for another
 * and keep every quota. So a cohort worth finding takes the best scores of such a group first, and
 * never more of them than the group may send: the seats, the cap per organisation, the maximum of any
 * quota counting them. Those beyond that are left out of the model; they stay on the waiting list.
 */
final class IdenticalApplications {

    private IdenticalApplications() {
    }

    /** Groups of applications staff did not force either way, each best score first. */
    static List<List<Application>> of(SelectionProblem problem) {
        Set<CandidateAttribute> constrained = EnumSet.noneOf(CandidateAttribute.class);
        problem.quotas().forEach(quota -> constrained.add(quota.attribute()));
        if (problem.hasOrganisationCap()) {
            constrained.add(CandidateAttribute.ORGANISATION);
        }
        Map<List<String>, List<Application>> groups = new HashMap<>();
        for (Application application : problem.applications()) {
            int index = application.index();
            if (!problem.forcedIn()[index] && !problem.forcedOut()[index]) {
                List<String> key = new ArrayList<>(constrained.size());
                constrained.forEach(attribute -> key.add(application.value(attribute)));
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(application);
            }
        }
        Comparator<Application> bestFirst = Comparator.comparingLong(Application::score).reversed().thenComparingInt(Application::index);
        List<List<Application>> identical = new ArrayList<>();
        for (List<Application> group : groups.values()) {
            if (group.size() > 1) {
                group.sort(bestFirst);
                identical.add(group);
            }
        }
        return identical;
    }

    /** How many of the group a cohort can hold at most: the rest is never needed. */
    static int useful(SelectionProblem problem, List<Application> group) {
        Application any = group.getFirst();
        int useful = Math.min(group.size(), problem.seats());
        if (problem.hasOrganisationCap() && any.organisation() != null) {
            useful = Math.min(useful, problem.maxPerOrganisation());
        }
        for (Quota quota : problem.quotas()) {
            if (quota.counts(any)) {
                useful = Math.min(useful, quota.max());
            }
        }
        return useful;
    }
}

package fr.cohorte.recruitment.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A validated selection problem: the applications by index, the quotas, the cap per organisation
 * ({@link #NO_CAP} when none) and who staff forced in or out.
 */
record SelectionProblem(
        int seats,
        List<Application> applications,
        List<Quota> quotas,
        int maxPerOrganisation,
        boolean[] forcedIn,
        boolean[] forcedOut,
        ScoreScale scale,
        int timeLimitSeconds) {

    static final int NO_CAP = Integer.MAX_VALUE;

    int size() {
        return applications.size();
    }

    boolean hasOrganisationCap() {
        return maxPerOrganisation != NO_CAP;
    }

    Application application(int index) {
        return applications.get(index);
    }

    Map<String, Integer> indexById() {
        Map<String, Integer> index = new HashMap<>(applications.size() * 2);
        applications.forEach(application -> index.put(application.id(), application.index()));
        return index;
    }

    int forcedInCount() {
        int count = 0;
        for (boolean forced : forcedIn) {
            if (forced) {
                count++;
            }
        }
        return count;
    }

    /** The same problem with one more application forced in. */
    SelectionProblem forcingIn(int index) {
        boolean[] in = forcedIn.clone();
        in[index] = true;
        return new SelectionProblem(seats, applications, quotas, maxPerOrganisation, in, forcedOut, scale, timeLimitSeconds);
    }

    /** The same problem once a participant withdrew: out for good, even if staff had forced them in. */
    SelectionProblem withdrawing(int index) {
        boolean[] in = forcedIn.clone();
        boolean[] out = forcedOut.clone();
        in[index] = false;
        out[index] = true;
        return new SelectionProblem(seats, applications, quotas, maxPerOrganisation, in, out, scale, timeLimitSeconds);
    }

    /**
     * For candidates outside {@code base}: whether the base with that one candidate added fills the
     * seats, honours every quota and the cap, and respects staff's choices. The base is counted once,
     * then each candidate in the time of its quotas, instead of counting the whole cohort again for
     * each (for 10,000 waiting candidates, that was 10^10 steps).
     */
    Predicate<Application> admitsAddingTo(boolean[] base) {
        int size = 0;
        int misplaced = 0;
        boolean overCap = false;
        int[] counts = new int[quotas.size()];
        Map<String, Integer> perOrganisation = new HashMap<>();
        for (Application application : applications) {
            int index = application.index();
            if (forcedIn[index] != base[index] && (forcedIn[index] || forcedOut[index])) {
                misplaced++;
            }
            if (!base[index]) {
                continue;
            }
            size++;
            for (int q = 0; q < counts.length; q++) {
                if (quotas.get(q).counts(application)) {
                    counts[q]++;
                }
            }
            if (application.organisation() != null
                    && perOrganisation.merge(application.organisation(), 1, Integer::sum) > maxPerOrganisation) {
                overCap = true;
            }
        }
        int baseSize = size;
        int baseMisplaced = misplaced;
        boolean baseOverCap = overCap;
        return candidate -> {
            int index = candidate.index();
            int wrong = baseMisplaced - (forcedIn[index] ? 1 : 0) + (forcedOut[index] && !forcedIn[index] ? 1 : 0);
            if (wrong > 0 || baseOverCap || baseSize + 1 != seats) {
                return false;
            }
            if (candidate.organisation() != null && perOrganisation.getOrDefault(candidate.organisation(), 0) + 1 > maxPerOrganisation) {
                return false;
            }
            for (int q = 0; q < counts.length; q++) {
                Quota quota = quotas.get(q);
                int count = counts[q] + (quota.counts(candidate) ? 1 : 0);
                if (count < quota.min() || count > quota.max()) {
                    return false;
                }
            }
            return true;
        };
    }
}

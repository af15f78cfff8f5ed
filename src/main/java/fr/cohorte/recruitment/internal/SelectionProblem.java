package fr.cohorte.recruitment.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Whether a cohort fills the seats, honours every quota and the cap, and respects staff's choices. */
    boolean admits(boolean[] cohort) {
        int size = 0;
        int[] counts = new int[quotas.size()];
        Map<String, Integer> perOrganisation = new HashMap<>();
        for (Application application : applications) {
            int index = application.index();
            if (forcedIn[index] != cohort[index] && (forcedIn[index] || forcedOut[index])) {
                return false;
            }
            if (!cohort[index]) {
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
                return false;
            }
        }
        for (int q = 0; q < counts.length; q++) {
            if (counts[q] < quotas.get(q).min() || counts[q] > quotas.get(q).max()) {
                return false;
            }
        }
        return size == seats;
    }
}

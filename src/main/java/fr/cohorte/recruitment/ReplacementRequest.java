package fr.cohorte.recruitment;

import java.util.ArrayList;
import java.util.List;

/**
 * A participant of {@code cohort}, chosen under {@code selection}'s settings, withdraws; {@code alsoWithdrawn}
 * (optional) names further participants whose seats are open at the same time, so that all the seats are
 * filled together in one solve rather than each as if the others were still taken.
 */
public record ReplacementRequest(SelectionRequest selection, List<String> cohort, String withdrawn, List<String> alsoWithdrawn) {

    public ReplacementRequest {
        cohort = cohort == null ? List.of() : cohort;
        alsoWithdrawn = alsoWithdrawn == null ? List.of() : alsoWithdrawn;
    }

    public ReplacementRequest(SelectionRequest selection, List<String> cohort, String withdrawn) {
        this(selection, cohort, withdrawn, List.of());
    }

    /** Every participant whose seat is to fill, the first one first. */
    public List<String> everyWithdrawn() {
        List<String> all = new ArrayList<>();
        all.add(withdrawn);
        alsoWithdrawn.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }
}

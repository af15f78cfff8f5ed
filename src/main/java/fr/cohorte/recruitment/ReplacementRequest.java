package fr.cohorte.recruitment;

import java.util.List;

/** A participant of {@code cohort}, chosen under {@code selection}'s settings, withdraws. */
public record ReplacementRequest(SelectionRequest selection, List<String> cohort, String withdrawn) {

    public ReplacementRequest {
        cohort = cohort == null ? List.of() : cohort;
    }
}

package fr.cohorte.knowledge;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an editor gives of a practice. Text fields are Markdown, rendered sanitised.
 *
 * @param territory     null when the practice is not tied to one place
 * @param sessionNumber the session whose cohort learnt of it, or null
 */
public record PracticeDetails(String title, long typeId, Set<Long> domainIds, Set<Long> targetPublicIds, Territory territory,
                              Set<Long> organisationIds, LocalDate startedOn, LocalDate endedOn, PracticeStage stage,
                              String description, String resources, String results, String limits, String transferability,
                              PracticeEvidence evidence, Integer sessionNumber) {

    public PracticeDetails {
        domainIds = domainIds == null ? Set.of() : Set.copyOf(domainIds);
        targetPublicIds = targetPublicIds == null ? Set.of() : Set.copyOf(targetPublicIds);
        organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
    }

    /** A first draft: a title and a type, everything else to be filled in. */
    public static PracticeDetails draft(String title, long typeId, Integer sessionNumber) {
        return new PracticeDetails(title, typeId, Set.of(), Set.of(), null, Set.of(), null, null, PracticeStage.RUNNING,
                null, null, null, null, null, PracticeEvidence.TESTIMONY, sessionNumber);
    }
}

package fr.cohorte.grouping;

import java.util.List;

/** Everyone a participant meets over the session's rounds, most often first, with the rounds' positions. */
public record PersonEncounters(int distinctPeopleMet, List<Encounter> encounters) {

    public record Encounter(CohortMember other, int times, List<Integer> rounds) {
    }

    static PersonEncounters of(SessionGroups groups, SessionGroups.Review review, CohortMember member) {
        if (review == null) {
            return new PersonEncounters(0, List.of());
        }
        MixingExplanations.PersonExplanation explained = review.explanations().person(String.valueOf(member.participantId()));
        List<Encounter> encounters = explained.encounters().stream().map(encounter -> new Encounter(
                groups.member(Long.valueOf(encounter.other())), encounter.times(),
                encounter.rounds().stream().map(ref -> review.rounds().get(ref.index()).getPosition()).toList())).toList();
        return new PersonEncounters(explained.distinctPeopleMet(), encounters);
    }
}

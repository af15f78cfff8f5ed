package fr.cohorte.recruitment.internal;

import java.util.List;

/**
 * Candidates quoted in a sentence, by id: {@link SelectionMessages} renders them by their display name
 * (on staff pages, the applicant's name without the application number), and in French after "de" with
 * its elision when {@code afterDe} ("à la place d’Anne Etat", "de Bruno Etat").
 */
record CandidateName(List<String> ids, boolean afterDe) {

    static CandidateName afterDe(String id) {
        return afterDe(List.of(id));
    }

    static CandidateName afterDe(List<String> ids) {
        return new CandidateName(List.copyOf(ids), true);
    }

    static CandidateName all(List<String> ids) {
        return new CandidateName(List.copyOf(ids), false);
    }
}

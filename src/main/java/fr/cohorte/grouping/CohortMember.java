package fr.cohorte.grouping;

import java.util.Locale;

import fr.cohorte.directory.Background;

/**
 * A participant of the session as working groups need them: name, horizon, gender (from the
 * civility, unknown for neither) and organisation.
 */
public record CohortMember(Long participantId, Long personId, String name, Background background, String gender,
                           Long organisationId, String organisation) {

    public String horizon(Locale locale) {
        return background.label(locale);
    }
}

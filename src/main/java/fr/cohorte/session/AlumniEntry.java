package fr.cohorte.session;

import java.util.List;

import fr.cohorte.directory.AlumniField;
import fr.cohorte.directory.Person;

/**
 * An alumnus as the alumni directory shows them: their name, and only the fields they chose.
 * Nothing else of the person leaves this record.
 */
public record AlumniEntry(Long personId, String name, String organisation, String position, Long backgroundId,
                          List<Integer> sessions, String bio, boolean photo, String email) {

    static AlumniEntry of(Person person, List<Integer> sessions, boolean hasPhoto) {
        return new AlumniEntry(person.getId(), person.getFullName(),
                person.shows(AlumniField.ORGANISATION) && person.getOrganisation() != null ? person.getOrganisation().getName() : null,
                person.shows(AlumniField.POSITION) ? person.getPositionTitle() : null,
                person.shows(AlumniField.BACKGROUND) && person.getBackground() != null ? person.getBackground().getId() : null,
                person.shows(AlumniField.SESSIONS) ? sessions : List.of(),
                person.shows(AlumniField.BIO) ? person.getBio() : null,
                person.shows(AlumniField.PHOTO) && hasPhoto,
                person.shows(AlumniField.EMAIL) ? person.getEmail() : null);
    }
}

package fr.cohorte.session.internal;

import java.util.HashSet;
import java.util.Set;

import fr.cohorte.search.ReaderKeys;
import fr.cohorte.search.SearchReader;
import fr.cohorte.search.VisibilityKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant of a session reads what its cohort may see ({@code cohort:<number>}): enrolled in its
 * cohort, or holding the session's participant role, as the activity documents' rule has it.
 */
@Component
class CohortReaderKeys implements ReaderKeys {

    private final ParticipantRepository participants;

    CohortReaderKeys(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> keysOf(SearchReader reader) {
        Set<String> keys = new HashSet<>();
        if (reader.personId() != null) {
            participants.sessionNumbersOf(reader.personId()).forEach(number -> keys.add(VisibilityKey.cohort(number)));
        }
        reader.scopes("PARTICIPANT").stream().filter(number -> number <= Integer.MAX_VALUE)
                .forEach(number -> keys.add(VisibilityKey.cohort(number.intValue())));
        return keys;
    }
}

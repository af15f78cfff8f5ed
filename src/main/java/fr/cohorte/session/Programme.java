package fr.cohorte.session;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.cohorte.session.internal.ProgrammeQueries;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's programme for each audience: the public sees public activities only; the cohort
 * and staff see everything, with the study trips' logistics; a participant also sees what other
 * modules note for them ({@link PersonalProgrammeNotes}).
 */
@Service
@Transactional(readOnly = true)
public class Programme {

    private final ProgrammeQueries queries;
    private final List<PersonalProgrammeNotes> personalNotes;

    Programme(ProgrammeQueries queries, List<PersonalProgrammeNotes> personalNotes) {
        this.queries = queries;
        this.personalNotes = personalNotes;
    }

    public Timetable forPublic(int sessionNumber) {
        return queries.timetable(sessionNumber, false).orElseThrow(() -> Refusal.notFound(SessionCatalogue.NOT_FOUND, sessionNumber).exception());
    }

    public Timetable forCohort(int sessionNumber) {
        return queries.timetable(sessionNumber, true).orElseThrow(() -> Refusal.notFound(SessionCatalogue.NOT_FOUND, sessionNumber).exception());
    }

    /** The session the person takes or took part in as a participant, the newest if several. */
    public Optional<Integer> sessionOfParticipant(long personId) {
        return queries.sessionOfParticipant(personId);
    }

    /** The participant's own programme: their newest session, whole, with their personal notes. */
    public Optional<Timetable> forParticipant(long personId, Locale locale) {
        return queries.sessionOfParticipant(personId).map(number -> {
            Timetable timetable = forCohort(number);
            Map<Long, String> notes = new HashMap<>();
            personalNotes.forEach(source -> source.notesFor(timetable.sessionId(), personId, locale)
                    .forEach((activity, note) -> notes.merge(activity, note, (a, b) -> a + " · " + b)));
            return timetable.withNotes(notes);
        });
    }
}

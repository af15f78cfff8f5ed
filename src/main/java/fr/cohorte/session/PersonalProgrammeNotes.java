package fr.cohorte.session;

import java.util.Locale;
import java.util.Map;

/**
 * What other modules add to a participant's own programme, such as their working group and its
 * room for a group-work activity. The session module shows these notes without knowing where they
 * come from; every implementation found in the application is asked.
 */
public interface PersonalProgrammeNotes {

    /** Short texts keyed by activity id, for this person in this session, in the reader's language. */
    Map<Long, String> notesFor(long sessionId, long personId, Locale locale);
}

package fr.cohorte.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * "Compile the notes": a coordinator's starting draft for a section of a chapter, made of what the
 * cohort wrote during a seminar (or the whole session) and may put in a book — contributions the
 * cohort may read and public ones a coordinator approved, never private notes — grouped by
 * activity in the programme's order, each with a link back to its note, followed by the cards of
 * the practices drawn from them.
 */
public interface NoteCompilation {

    /** The session's seminars, in order, each with how many notes a draft would take from it. */
    List<SeminarNotes> seminars(int sessionNumber);

    /** The draft for one seminar, or for the whole session when {@code seminarOrdinal} is null. */
    Draft compile(int sessionNumber, Integer seminarOrdinal, Locale language);

    record SeminarNotes(int ordinal, String title, int contributions) {
    }

    /**
     * @param markdown              the draft, in Markdown, with card directives for the practices
     * @param chathamHouseActivities hearings held under the Chatham House rule that the draft draws on:
     *                              whoever uses it must name no speaker of these
     */
    record Draft(String markdown, int contributions, int practices, List<String> chathamHouseActivities) {

        public Draft {
            chathamHouseActivities = List.copyOf(chathamHouseActivities);
        }

        public boolean isEmpty() {
            return contributions == 0;
        }
    }
}

package fr.cohorte.grouping;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import fr.cohorte.grouping.internal.CohortQueries;
import fr.cohorte.grouping.internal.RoundRepository;
import fr.cohorte.session.PersonalProgrammeNotes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's working group in their own programme: for each group-work activity of a published
 * round, "Tour 2 : groupe 3 — salle B12", the round named so that an activity holding several rounds
 * is not read as one group repeated. Rounds have no time of their own (the activity has it).
 * Rounds that are not published say nothing.
 */
@Component
class GroupingProgrammeNotes implements PersonalProgrammeNotes {

    private final CohortQueries cohorts;
    private final RoundRepository rounds;
    private final MessageSource messages;

    GroupingProgrammeNotes(CohortQueries cohorts, RoundRepository rounds, MessageSource messages) {
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> notesFor(long sessionId, long personId, Locale locale) {
        Long participantId = cohorts.cohort(sessionId).stream().filter(member -> member.personId() == personId)
                .map(CohortMember::participantId).findFirst().orElse(null);
        Map<Long, String> notes = new HashMap<>();
        if (participantId == null) {
            return notes;
        }
        for (Round round : rounds.findBySessionIdOrderByPosition(sessionId)) {
            Integer group = round.getMembers().get(participantId);
            if (round.isPublished() && round.getActivityId() != null && group != null) {
                String room = round.getRooms().get(group);
                String note = room == null
                        ? messages.getMessage("grouping.note.round-group", new Object[] {round.getPosition(), group}, locale)
                        : messages.getMessage("grouping.note.round-group-room", new Object[] {round.getPosition(), group, room}, locale);
                notes.merge(round.getActivityId(), note, (earlier, later) -> earlier + " ; " + later);
            }
        }
        return notes;
    }
}

package fr.cohorte.session;

import fr.cohorte.session.internal.ParticipantRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a session's cohort. Recruitment enrols the selected and takes out those who withdraw;
 * enrolling twice or taking out someone absent changes nothing, so a decision can be replayed.
 */
@Service
@Transactional(readOnly = true)
public class Enrolment {

    private final ParticipantRepository participants;

    Enrolment(ParticipantRepository participants) {
        this.participants = participants;
    }

    public boolean isParticipant(Session session, Long personId) {
        return participants.findInSession(session.getId(), personId).isPresent();
    }

    @Transactional
    public void enrol(Session session, Long personId, Long backgroundId) {
        if (!isParticipant(session, personId)) {
            participants.save(new Participant(session, personId, backgroundId));
        }
    }

    @Transactional
    public void withdraw(Session session, Long personId) {
        participants.findInSession(session.getId(), personId).ifPresent(participants::delete);
    }
}

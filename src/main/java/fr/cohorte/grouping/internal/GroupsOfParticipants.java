package fr.cohorte.grouping.internal;

import java.util.List;

import fr.cohorte.session.ParticipantDependents;
import fr.cohorte.session.Session;
import fr.cohorte.web.Consequences;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** The working groups a participant belongs to: withdrawing them takes them out of each, past rounds included. */
@Component
class GroupsOfParticipants implements ParticipantDependents {

    private final EntityManager entityManager;

    GroupsOfParticipants(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Consequences.Line> tiedTo(Session session, long personId, String name) {
        @SuppressWarnings("unchecked")
        List<Number> rounds = entityManager.createNativeQuery("""
                        select r.position from work_round_member m
                        join work_round r on r.id = m.round_id
                        join participant p on p.id = m.participant_id
                        where p.session_id = :session and p.person_id = :person
                        order by r.position""")
                .setParameter("session", session.getId()).setParameter("person", personId).getResultList();
        if (rounds.isEmpty()) {
            return List.of();
        }
        String positions = String.join(", ", rounds.stream().map(position -> String.valueOf(position.intValue())).toList());
        return List.of(new Consequences.Line("confirm.withdraw.groups", name, rounds.size(), positions));
    }
}

package fr.cohorte.grouping.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.cohorte.directory.PersonErased;
import fr.cohorte.directory.PersonalDataRows;
import fr.cohorte.directory.PersonalDataSource;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The working groups a person was placed in, proposed for or locked into, the rounds they missed,
 * and whom staff asked never to group them with. When they are erased, the groups keep their seat
 * (the participant is anonymous once the person is, and the groups others worked in stay as they
 * were), but the "never together" pairs go: they are a judgement about the person, not a record of
 * what happened.
 */
@Component
class GroupingPersonalData implements PersonalDataSource {

    private static final String THEIR_PARTICIPANTS = "(select id from participant where person_id = :person)";

    private final EntityManager entityManager;

    GroupingPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "groups";
    }

    @Override
    public Set<String> tables() {
        return Set.of("work_round_member", "work_round_proposal", "work_round_lock", "work_round_absence", "apart_pair");
    }

    @Override
    public List<Map<String, Object>> about(Long personId) {
        Map<String, Long> person = Map.of("person", personId);
        return Stream.of(groups("MEMBER", "work_round_member"), groups("PROPOSED", "work_round_proposal"),
                        groups("LOCKED", "work_round_lock"),
                        """
                        select 'ABSENT' as kind, s.number as session, r.position as round, null as group_number, null as room
                        from work_round_absence x join work_round r on r.id = x.round_id join session s on s.id = r.session_id
                        where x.participant_id in %s order by s.number, r.position""".formatted(THEIR_PARTICIPANTS),
                        """
                        select 'NEVER_TOGETHER' as kind, s.number as session, null as round, null as group_number, null as room
                        from apart_pair x join session s on s.id = x.session_id
                        where x.participant_id in %1$s or x.other_id in %1$s order by s.number""".formatted(THEIR_PARTICIPANTS))
                .flatMap(sql -> PersonalDataRows.of(entityManager, sql, person).stream()).toList();
    }

    @EventListener
    void on(PersonErased erased) {
        entityManager.createNativeQuery("delete from apart_pair where participant_id in %1$s or other_id in %1$s"
                .formatted(THEIR_PARTICIPANTS)).setParameter("person", erased.personId()).executeUpdate();
    }

    private static String groups(String kind, String table) {
        return """
                select '%s' as kind, s.number as session, r.position as round, x.group_number, room.room
                from %s x join work_round r on r.id = x.round_id join session s on s.id = r.session_id
                left join work_round_room room on room.round_id = x.round_id and room.group_number = x.group_number
                where x.participant_id in %s order by s.number, r.position""".formatted(kind, table, THEIR_PARTICIPANTS);
    }
}

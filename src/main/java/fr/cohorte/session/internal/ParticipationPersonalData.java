package fr.cohorte.session.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cohorte.directory.PersonalDataSource;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** The sessions a person took part in, and the activities where they spoke. */
@Component
class ParticipationPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    ParticipationPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "sessions";
    }

    @Override
    public Set<String> tables() {
        return Set.of("participant", "activity_speaker", "calendar_feed");
    }

    @Override
    public List<Map<String, Object>> about(Long personId) {
        List<Object[]> participations = entityManager.createQuery("""
                select s.number, s.theme, 'PARTICIPANT' from Participant p join p.session s
                where p.personId = :person order by s.number""", Object[].class)
                .setParameter("person", personId).getResultList();
        List<Object[]> talks = entityManager.createQuery("""
                select s.number, a.title, 'SPEAKER' from Activity a join a.seminar m join m.session s
                where :person member of a.speakerIds order by a.startsAt""", Object[].class)
                .setParameter("person", personId).getResultList();
        return java.util.stream.Stream.concat(participations.stream(), talks.stream()).map(cells -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("session", cells[0]);
            row.put("title", cells[1]);
            row.put("role", cells[2]);
            return row;
        }).toList();
    }
}

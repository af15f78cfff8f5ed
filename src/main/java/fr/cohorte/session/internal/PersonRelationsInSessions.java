package fr.cohorte.session.internal;

import java.util.List;

import fr.cohorte.directory.Obstacle;
import fr.cohorte.directory.MergeObstacles;
import fr.cohorte.directory.PersonErased;
import fr.cohorte.directory.PersonsMerged;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What sessions hold about a person, kept in step with the directory. When a person is erased,
 * participations and speaker slots stay (they are anonymous once the person is) and the personal
 * calendar feed goes. When two records of a person merge, all of them move to the kept record.
 */
@Component
class PersonRelationsInSessions implements MergeObstacles {

    private final EntityManager entityManager;

    PersonRelationsInSessions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void on(PersonErased erased) {
        entityManager.createNativeQuery("delete from calendar_feed where person_id = :person")
                .setParameter("person", erased.personId()).executeUpdate();
    }

    /** A cohort counts a person once: two records in the same session cannot become one silently. */
    @Override
    public List<Obstacle> between(Long keptId, Long mergedId) {
        return entityManager.createQuery("""
                        select s.number from Participant a join a.session s, Participant b
                        where a.personId = :kept and b.personId = :merged and b.session = a.session order by s.number""", Integer.class)
                .setParameter("kept", keptId).setParameter("merged", mergedId).getResultList().stream()
                .map(number -> new Obstacle("merge.obstacle.same-session", number)).toList();
    }

    @EventListener
    void on(PersonsMerged merged) {
        update("update participant set person_id = :kept where person_id = :merged", merged);
        // Both records speaking at the same activity is one speaker: the kept slot is enough.
        update("""
                delete from activity_speaker m where m.person_id = :merged
                and exists (select 1 from activity_speaker k where k.activity_id = m.activity_id and k.person_id = :kept)""", merged);
        update("update activity_speaker set person_id = :kept where person_id = :merged", merged);
        update("""
                delete from calendar_feed where person_id = :merged
                and exists (select 1 from calendar_feed where person_id = :kept)""", merged);
        update("update calendar_feed set person_id = :kept where person_id = :merged", merged);
    }

    private void update(String sql, PersonsMerged merged) {
        entityManager.createNativeQuery(sql).setParameter("kept", merged.keptId()).setParameter("merged", merged.mergedId())
                .executeUpdate();
    }
}

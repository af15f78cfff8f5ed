package fr.cohorte.session.internal;

import fr.cohorte.directory.PersonErased;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What sessions hold about a person, kept in step with the directory: participations and speaker
 * slots stay when a person is erased (they are anonymous once the person is), their personal
 * calendar feed goes.
 */
@Component
class PersonRelationsInSessions {

    private final EntityManager entityManager;

    PersonRelationsInSessions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void on(PersonErased erased) {
        entityManager.createNativeQuery("delete from calendar_feed where person_id = :person")
                .setParameter("person", erased.personId()).executeUpdate();
    }
}

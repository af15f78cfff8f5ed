package fr.cohorte.publication.internal;

import fr.cohorte.directory.PersonsMerged;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Credits on books and chapters follow a person into the record they were merged into. */
@Component
class ContributorsOfMergedPersons {

    private final EntityManager entityManager;

    ContributorsOfMergedPersons(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void on(PersonsMerged merged) {
        for (String table : new String[] {"publication_contributor", "chapter_author"}) {
            entityManager.createNativeQuery("update " + table + " set person_id = :kept where person_id = :merged")
                    .setParameter("kept", merged.keptId()).setParameter("merged", merged.mergedId()).executeUpdate();
        }
    }
}

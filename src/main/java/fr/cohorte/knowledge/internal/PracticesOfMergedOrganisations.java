package fr.cohorte.knowledge.internal;

import fr.cohorte.directory.OrganisationsMerged;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A practice follows an organisation into the record it was merged into; a practice that named both
 * keeps the kept one once.
 */
@Component
class PracticesOfMergedOrganisations {

    private final EntityManager entityManager;

    PracticesOfMergedOrganisations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        entityManager.createNativeQuery("""
                        delete from practice_organisation p where p.organisation_id = :merged
                        and exists (select 1 from practice_organisation k where k.practice_id = p.practice_id and k.organisation_id = :kept)""")
                .setParameter("kept", merged.keptId()).setParameter("merged", merged.mergedId()).executeUpdate();
        entityManager.createNativeQuery("update practice_organisation set organisation_id = :kept where organisation_id = :merged")
                .setParameter("kept", merged.keptId()).setParameter("merged", merged.mergedId()).executeUpdate();
    }
}

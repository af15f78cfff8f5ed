package fr.cohorte.session.internal;

import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.cohorte.directory.OrganisationsMerged;

/** Activities an organisation hosted, and the organisation speakers came from, follow it into the record it was merged into. */
@Component
class OrganisationRelationsInSessions {

    private final EntityManager entityManager;

    OrganisationRelationsInSessions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        for (String update : new String[] {
                "update activity set host_organisation_id = :kept where host_organisation_id = :merged",
                "update activity_speaker set organisation_id = :kept where organisation_id = :merged"}) {
            entityManager.createNativeQuery(update).setParameter("kept", merged.keptId()).setParameter("merged", merged.mergedId())
                    .executeUpdate();
        }
    }
}

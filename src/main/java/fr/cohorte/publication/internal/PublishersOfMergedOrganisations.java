package fr.cohorte.publication.internal;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.cohorte.directory.OrganisationsMerged;

/**
 * Co-editions follow an organisation into the record it was merged into. A book that named both
 * records keeps the kept one in its place and loses the other, the co-publishers after it moving up
 * one place (the list's positions have no gap).
 */
@Component
class PublishersOfMergedOrganisations {

    private final EntityManager entityManager;

    PublishersOfMergedOrganisations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        @SuppressWarnings("unchecked")
        List<Object[]> twice = entityManager.createNativeQuery("""
                        select p.publication_id, p.position from publication_publisher p where p.organisation_id = :merged
                        and exists (select 1 from publication_publisher k where k.publication_id = p.publication_id and k.organisation_id = :kept)
                        order by p.position desc""")
                .setParameter("kept", merged.keptId()).setParameter("merged", merged.mergedId()).getResultList();
        for (Object[] row : twice) {
            long publication = ((Number) row[0]).longValue();
            int position = ((Number) row[1]).intValue();
            entityManager.createNativeQuery("delete from publication_publisher where publication_id = :publication and position = :position")
                    .setParameter("publication", publication).setParameter("position", position).executeUpdate();
            // Through negative positions, so that no two rows ever share a place on the way.
            entityManager.createNativeQuery("""
                            update publication_publisher set position = -position where publication_id = :publication and position > :position""")
                    .setParameter("publication", publication).setParameter("position", position).executeUpdate();
            entityManager.createNativeQuery("update publication_publisher set position = -position - 1 where publication_id = :publication and position < 0")
                    .setParameter("publication", publication).executeUpdate();
        }
        entityManager.createNativeQuery("update publication_publisher set organisation_id = :kept where organisation_id = :merged")
                .setParameter("kept", merged.keptId()).setParameter("merged", merged.mergedId()).executeUpdate();
    }
}

package fr.cohorte.directory;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.internal.OrganisationRepository;
import fr.cohorte.directory.internal.PersonRepository;
import fr.cohorte.search.SearchIndex;
import fr.cohorte.web.Refusal;

/**
 * Merges two records of one organisation (imports and forms often create "Renault" next to
 * "Renault SA"): the kept record keeps its values and takes from the other those it lacks; its
 * members, partnerships and, through {@link OrganisationsMerged}, hosted activities, speakers'
 * organisations and co-editions move to the kept one; then the other is deleted. One transaction.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationMerge {

    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final PersonRepository persons;
    private final SearchIndex searchIndex;

    OrganisationMerge(OrganisationRepository organisations, ApplicationEventPublisher events, EntityManager entityManager,
                      AuditTrail audit, PersonRepository persons, SearchIndex searchIndex) {
        this.persons = persons;
        this.searchIndex = searchIndex;
        this.organisations = organisations;
        this.events = events;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** What prevents merging these two, in the words staff will read; empty when the merge can go ahead. */
    public List<Obstacle> obstacles(Long keptId, Long mergedId) {
        List<Obstacle> found = new ArrayList<>();
        if (keptId.equals(mergedId)) {
            found.add(new Obstacle("organisation.merge.obstacle.same"));
            return found;
        }
        Number between = (Number) entityManager.createNativeQuery("""
                        select count(*) from partnership
                        where organisation_id = :kept and partner_id = :merged or organisation_id = :merged and partner_id = :kept""")
                .setParameter("kept", keptId).setParameter("merged", mergedId).getSingleResult();
        if (between.intValue() > 0) {
            found.add(new Obstacle("organisation.merge.obstacle.partnership", between.intValue()));
        }
        return found;
    }

    @Transactional
    public Organisation merge(Long keptId, Long mergedId) {
        organisation(keptId);
        organisation(mergedId);
        List<Obstacle> refused = obstacles(keptId, mergedId);
        if (!refused.isEmpty()) {
            throw Obstacle.refusal(Obstacle.MERGE_REFUSED, refused).exception();
        }
        entityManager.flush();
        List<Long> movedMembers = persons.idsInOrganisation(mergedId);
        for (String update : new String[] {
                "update person set organisation_id = :kept where organisation_id = :merged",
                "update partnership set organisation_id = :kept where organisation_id = :merged",
                "update partnership set partner_id = :kept where partner_id = :merged"}) {
            entityManager.createNativeQuery(update).setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        }
        events.publishEvent(new OrganisationsMerged(keptId, mergedId));
        // The records loaded before still point at the merged organisation: read everything again.
        entityManager.clear();
        Organisation kept = organisation(keptId);
        Organisation merged = organisation(mergedId);
        String mergedName = merged.getName();
        kept.takeMissingFrom(merged);
        organisations.delete(merged);
        // The members moved in SQL, unseen by the index: their entries now name the kept organisation.
        searchIndex.reindex(Person.class, movedMembers);
        entityManager.flush();
        audit.retarget("organisation:" + mergedId, "organisation:" + keptId);
        audit.record(AuditAction.MERGED, "organisation:" + keptId, AuditDetail.of("audit.detail.organisation.merged", kept.getName(), mergedName));
        return kept;
    }

    private Organisation organisation(Long id) {
        return organisations.findById(id).orElseThrow(() -> Refusal.notFound(Organisations.NOT_FOUND, id).exception());
    }
}

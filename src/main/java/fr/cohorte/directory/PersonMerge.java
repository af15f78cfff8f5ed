package fr.cohorte.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.internal.PersonRepository;
import fr.cohorte.web.Refusal;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of the same person: the kept one takes the values staff chose from the
 * other, every relation of the other (in every module, through {@link PersonsMerged}) moves to
 * the kept one, then the other is deleted. All in one transaction: all or nothing.
 */
@Service
@Transactional(readOnly = true)
public class PersonMerge {

    private final PersonRepository persons;
    private final List<MergeObstacles> obstacles;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    PersonMerge(PersonRepository persons, List<MergeObstacles> obstacles, ApplicationEventPublisher events,
                EntityManager entityManager, AuditTrail audit) {
        this.persons = persons;
        this.obstacles = obstacles;
        this.events = events;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** What prevents merging these two, in the words staff will read; empty when the merge can go ahead. */
    public List<Obstacle> obstacles(Long keptId, Long mergedId) {
        List<Obstacle> found = new ArrayList<>();
        if (keptId.equals(mergedId)) {
            found.add(new Obstacle("merge.obstacle.same"));
            return found;
        }
        obstacles.forEach(module -> found.addAll(module.between(keptId, mergedId)));
        return found;
    }

    @Transactional
    public Person merge(Long keptId, Long mergedId, Set<PersonField> takenFromMerged) {
        Person kept = persons.findById(keptId).orElseThrow(() -> Refusal.notFound(Persons.NOT_FOUND, keptId).exception());
        Person merged = persons.findById(mergedId).orElseThrow(() -> Refusal.notFound(Persons.NOT_FOUND, mergedId).exception());
        List<Obstacle> refused = obstacles(keptId, mergedId);
        if (!refused.isEmpty()) {
            throw Obstacle.refusal(Obstacle.MERGE_REFUSED, refused).exception();
        }
        String mergedName = merged.getFullName();
        // Addresses are unique: the merged record lets go of its address before the kept one takes it.
        String mergedEmail = merged.getEmail();
        merged.releaseEmail();
        entityManager.flush();
        kept.takeFrom(merged, takenFromMerged);
        if (takenFromMerged.contains(PersonField.EMAIL)) {
            kept.useEmail(mergedEmail);
        }
        entityManager.flush();
        events.publishEvent(new PersonsMerged(keptId, mergedId));
        entityManager.createNativeQuery("""
                        delete from person_photo where person_id = :merged and exists (select 1 from person_photo where person_id = :kept)""")
                .setParameter("merged", mergedId).setParameter("kept", keptId).executeUpdate();
        entityManager.createNativeQuery("update person_photo set person_id = :kept where person_id = :merged")
                .setParameter("merged", mergedId).setParameter("kept", keptId).executeUpdate();
        persons.delete(merged);
        entityManager.flush();
        // What the trail said of the merged record is now about the kept one, whose erasure will clear it too.
        audit.retarget("person:" + mergedId, "person:" + keptId);
        audit.record(AuditAction.MERGED, "person:" + keptId, AuditDetail.of("audit.detail.person.merged", kept.getFullName(), mergedName));
        return kept;
    }
}

package fr.cohorte.directory;

import java.time.Clock;
import java.util.List;

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
 * The right to erasure, by anonymisation: the person's row stays, so every relation (a session's
 * cohort, a book's contributors) stays countable, but nothing left identifies them, in the
 * directory, its edit history, or any module that listens to {@link PersonErased}.
 */
@Service
public class PersonErasure {

    private final PersonRepository persons;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<ErasureObstacles> obstacles;

    PersonErasure(PersonRepository persons, ApplicationEventPublisher events, EntityManager entityManager,
                  AuditTrail audit, Clock clock, List<ErasureObstacles> obstacles) {
        this.obstacles = obstacles;
        this.persons = persons;
        this.events = events;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** What forbids erasing this person, in the words staff will read; empty when the erasure can go ahead. */
    @Transactional(readOnly = true)
    public List<Obstacle> obstacles(Long personId) {
        return obstacles.stream().flatMap(module -> module.erasing(personId).stream()).toList();
    }

    @Transactional
    public void erase(Long personId) {
        Person person = persons.findById(personId).orElseThrow(() -> Refusal.notFound(Persons.NOT_FOUND, personId).exception());
        if (person.isAnonymised()) {
            return;
        }
        List<Obstacle> refused = obstacles(personId);
        if (!refused.isEmpty()) {
            throw Obstacle.refusal(Obstacle.ERASURE_REFUSED, refused).exception();
        }
        events.publishEvent(new PersonErased(personId));
        person.anonymise(clock.instant());
        entityManager.flush();
        entityManager.createNativeQuery("delete from person_photo where person_id = :id").setParameter("id", personId).executeUpdate();
        // Envers keeps every earlier version of the row: those versions must forget too.
        entityManager.createNativeQuery("""
                        update person_aud set civility = null, given_name = :given, family_name = :family, email = null,
                        phone = null, organisation_id = null, position_title = null, languages = null, bio = null,
                        alumni_opt_in = false, alumni_fields = '' where id = :id""")
                .setParameter("given", Person.ANONYMISED_GIVEN_NAME).setParameter("family", Person.ANONYMISED_FAMILY_NAME)
                .setParameter("id", personId).executeUpdate();
        String target = "person:" + personId;
        audit.forgetDetailsAbout(target);
        audit.record(AuditAction.ANONYMISED, target, AuditDetail.of("audit.detail.person.erased"));
    }
}

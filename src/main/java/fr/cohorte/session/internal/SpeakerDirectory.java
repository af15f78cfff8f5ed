package fr.cohorte.session.internal;

import java.util.Collection;
import java.util.List;

import fr.cohorte.session.ProgrammeSpeaker;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** Persons of the directory as speakers are chosen: name and organisation, found by a few letters. */
@Component
public class SpeakerDirectory {

    private static final String SELECT = """
            select new fr.cohorte.session.ProgrammeSpeaker(p.id, p.givenName, p.familyName, o.name)
            from Person p left join p.organisation o""";

    private final EntityManager entityManager;

    SpeakerDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<ProgrammeSpeaker> matching(String pattern, int max) {
        return entityManager.createQuery(SELECT + "\n" + """
                         where lower(concat(p.givenName, ' ', p.familyName, ' ', coalesce(o.name, ''))) like :pattern escape '!'
                         order by p.familyName, p.givenName""", ProgrammeSpeaker.class)
                .setParameter("pattern", pattern).setMaxResults(max).getResultList();
    }

    public List<ProgrammeSpeaker> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(SELECT + " where p.id in :ids order by p.familyName, p.givenName", ProgrammeSpeaker.class)
                .setParameter("ids", ids).getResultList();
    }
}

package fr.cohorte.session.internal;

import java.util.List;

import fr.cohorte.session.Alumnus;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** Participants of every session joined to their directory record, for the alumni list. */
@Component
public class AlumniQueries {

    private static final String FROM = """
            from Participant pa join pa.session s, Person pe left join pe.organisation o
            where pe.id = pa.personId
              and (:session is null or s.number = :session)
              and lower(concat(pe.givenName, ' ', pe.familyName, ' ', coalesce(pe.email, ''), ' ', coalesce(o.name, '')))
                  like :pattern escape '!'""";

    private final EntityManager entityManager;

    AlumniQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Alumnus> page(String pattern, Integer session, int first, int size) {
        return entityManager.createQuery("""
                        select new fr.cohorte.session.Alumnus(pe.id, pe.givenName, pe.familyName, pe.email, o.name, pa.backgroundId, s.number)
                        """ + FROM + " order by s.number desc, pe.familyName, pe.givenName", Alumnus.class)
                .setParameter("pattern", pattern).setParameter("session", session)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String pattern, Integer session) {
        return entityManager.createQuery("select count(pa) " + FROM, Long.class)
                .setParameter("pattern", pattern).setParameter("session", session).getSingleResult();
    }
}

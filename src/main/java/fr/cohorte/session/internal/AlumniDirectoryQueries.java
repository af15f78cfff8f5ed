package fr.cohorte.session.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.cohorte.directory.Person;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * The alumni who opted in to the directory. Searching looks at names only: a search on a field
 * someone chose to hide would tell what it holds.
 */
@Component
public class AlumniDirectoryQueries {

    private static final String WHERE = """
            where pe.alumniOptIn = true and pe.anonymisedAt is null
              and exists (select 1 from Participant pa where pa.personId = pe.id)
              and (lower(concat(pe.givenName, ' ', pe.familyName)) like :pattern escape '!'
                   or lower(concat(pe.familyName, ' ', pe.givenName)) like :pattern escape '!')""";

    private final EntityManager entityManager;

    AlumniDirectoryQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Person> page(String pattern, int first, int size) {
        return entityManager.createQuery("select pe from Person pe left join fetch pe.organisation left join fetch pe.background "
                        + WHERE + " order by lower(pe.familyName), lower(pe.givenName), pe.id", Person.class)
                .setParameter("pattern", pattern).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String pattern) {
        return entityManager.createQuery("select count(pe) from Person pe " + WHERE, Long.class)
                .setParameter("pattern", pattern).getSingleResult();
    }

    /** Whether this person appears in the directory at all. */
    public boolean listed(Long personId) {
        return entityManager.createQuery("select count(pe) from Person pe " + WHERE + " and pe.id = :id", Long.class)
                .setParameter("pattern", "%").setParameter("id", personId).getSingleResult() > 0;
    }

    /** The numbers of the sessions each of these persons took part in, oldest first. */
    public Map<Long, List<Integer>> sessionsOf(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("""
                        select pa.personId, s.number from Participant pa join pa.session s
                        where pa.personId in :ids order by s.number""", Object[].class)
                .setParameter("ids", personIds).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> (Integer) row[1], Collectors.toList())));
    }
}

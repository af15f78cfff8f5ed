package fr.cohorte.grouping.internal;

import java.util.List;

import fr.cohorte.directory.Background;
import fr.cohorte.directory.Civility;
import fr.cohorte.grouping.CohortMember;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** Reads a session's cohort with what the solver needs of each person, ordered by horizon then name. */
@Component
public class CohortQueries {

    private final EntityManager entities;

    CohortQueries(EntityManager entities) {
        this.entities = entities;
    }

    public List<CohortMember> cohort(Long sessionId) {
        List<Object[]> rows = entities.createQuery("""
                select p.id, person.id, person.givenName, person.familyName, person.civility, b, o.id, o.name
                from Participant p join Person person on person.id = p.personId
                join Background b on b.id = p.backgroundId
                left join person.organisation o
                where p.session.id = :sessionId
                order by b.position, person.familyName, person.givenName, p.id""", Object[].class)
                .setParameter("sessionId", sessionId)
                .getResultList();
        return rows.stream().map(row -> new CohortMember((Long) row[0], (Long) row[1],
                row[2] + " " + row[3], (Background) row[5], gender((Civility) row[4]), (Long) row[6], (String) row[7])).toList();
    }

    private static String gender(Civility civility) {
        if (civility == null) {
            return null;
        }
        return switch (civility) {
            case MS -> "F";
            case MR -> "M";
            case MX -> null;
        };
    }
}

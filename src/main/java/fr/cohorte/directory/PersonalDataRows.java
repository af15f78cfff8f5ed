package fr.cohorte.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/**
 * The rows of a {@link PersonalDataSource}'s part, read straight from its tables: each row is one
 * result, its values named by the query's column aliases, in the query's order.
 */
public final class PersonalDataRows {

    private PersonalDataRows() {
    }

    /** The rows of a native query whose parameters are given by name. */
    public static List<Map<String, Object>> of(EntityManager entityManager, String sql, Map<String, ?> parameters) {
        Query query = entityManager.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = query.getResultList();
        return tuples.stream().map(tuple -> {
            Map<String, Object> row = new LinkedHashMap<>();
            tuple.getElements().forEach(element -> row.put(element.getAlias(), tuple.get(element)));
            return row;
        }).toList();
    }
}

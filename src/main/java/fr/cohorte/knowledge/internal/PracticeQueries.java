package fr.cohorte.knowledge.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.cohorte.knowledge.PracticeEvidence;
import fr.cohorte.knowledge.PracticeFacets;
import fr.cohorte.knowledge.PracticeFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registry's list and its facet counts, from one filtering condition: the page, its total and
 * every facet count read the same {@code where}, so a count never reveals a practice the reader may
 * not see.
 */
@Component
public class PracticeQueries {

    private final NamedParameterJdbcTemplate jdbc;

    PracticeQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who reads: the public sees published practices; an editor also those of the sessions given, or
     * every one ({@code everything}, for staff).
     */
    public record Readers(boolean everything, Collection<Integer> sessions) {

        public static Readers publicOnly() {
            return new Readers(false, List.of());
        }
    }

    private record Condition(String where, MapSqlParameterSource parameters) {
    }

    public long count(PracticeFilter filter, Readers readers) {
        Condition condition = condition(filter, readers);
        return jdbc.queryForObject("select count(*) from practice p where " + condition.where(), condition.parameters(), Long.class);
    }

    /** The ids of one page of the list, by title. */
    public List<Long> ids(PracticeFilter filter, Readers readers, long offset, int limit) {
        Condition condition = condition(filter, readers);
        condition.parameters().addValue("offset", offset).addValue("limit", limit);
        return jdbc.queryForList("select p.id from practice p where " + condition.where()
                + " order by lower(p.title), p.id offset :offset limit :limit", condition.parameters(), Long.class);
    }

    public List<Long> allIds(PracticeFilter filter, Readers readers) {
        Condition condition = condition(filter, readers);
        return jdbc.queryForList("select p.id from practice p where " + condition.where() + " order by lower(p.title), p.id",
                condition.parameters(), Long.class);
    }

    public PracticeFacets facets(PracticeFilter filter, Readers readers) {
        Condition c = condition(filter, readers);
        return new PracticeFacets(
                counts("select p.type_id, count(*) from practice p where " + c.where() + " group by p.type_id", c, row -> ((Number) row).longValue()),
                counts("select p.region_code, count(*) from practice p where " + c.where() + " and p.region_code is not null group by p.region_code",
                        c, Object::toString),
                counts("select p.territory_code, count(*) from practice p where " + c.where()
                        + " and p.territory_kind = 'DEPARTMENT' group by p.territory_code", c, Object::toString),
                counts("select p.territory_code, count(*) from practice p where " + c.where()
                        + " and p.territory_kind = 'COUNTRY' group by p.territory_code", c, Object::toString),
                counts("select d.term_id, count(distinct p.id) from practice p join practice_domain d on d.practice_id = p.id where "
                        + c.where() + " group by d.term_id", c, row -> ((Number) row).longValue()),
                counts("select p.session_number, count(*) from practice p where " + c.where()
                        + " and p.session_number is not null group by p.session_number", c, row -> ((Number) row).intValue()),
                counts("select p.evidence, count(*) from practice p where " + c.where() + " group by p.evidence", c,
                        row -> PracticeEvidence.valueOf(row.toString())));
    }

    private <K> Map<K, Long> counts(String sql, Condition condition, Function<Object, K> key) {
        Map<K, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, condition.parameters(), row -> {
            counts.put(key.apply(row.getObject(1)), row.getLong(2));
        });
        return counts;
    }

    private static Condition condition(PracticeFilter filter, Readers readers) {
        List<String> parts = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (!readers.everything()) {
            if (readers.sessions().isEmpty()) {
                parts.add("p.status = 'PUBLISHED'");
            } else {
                parts.add("(p.status = 'PUBLISHED' or p.session_number in (:readerSessions))");
                parameters.addValue("readerSessions", readers.sessions());
            }
        }
        if (filter.type() != null) {
            parts.add("p.type_id = :type");
            parameters.addValue("type", filter.type());
        }
        if (filter.region() != null) {
            parts.add("p.region_code = :region");
            parameters.addValue("region", filter.region());
        }
        if (filter.department() != null) {
            parts.add("p.territory_kind = 'DEPARTMENT' and p.territory_code = :department");
            parameters.addValue("department", filter.department());
        }
        if (filter.country() != null) {
            parts.add("p.territory_kind = 'COUNTRY' and p.territory_code = :country");
            parameters.addValue("country", filter.country());
        }
        if (filter.domain() != null) {
            parts.add("exists (select 1 from practice_domain fd where fd.practice_id = p.id and fd.term_id = :domain)");
            parameters.addValue("domain", filter.domain());
        }
        if (filter.session() != null) {
            parts.add("p.session_number = :session");
            parameters.addValue("session", filter.session());
        }
        if (filter.evidence() != null) {
            parts.add("p.evidence = :evidence");
            parameters.addValue("evidence", filter.evidence().name());
        }
        return new Condition(parts.isEmpty() ? "true" : String.join(" and ", parts), parameters);
    }
}

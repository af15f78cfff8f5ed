package fr.cohorte.knowledge.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The practices drawn from passages of some notes, validated or published, in the registry's order. */
@Component
class PracticesOfNotes {

    private final NamedParameterJdbcTemplate jdbc;

    PracticesOfNotes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> drawnFrom(Collection<Long> contributionIds) {
        if (contributionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                select p.id from practice p
                where p.status in ('VALIDATED', 'PUBLISHED')
                  and exists (select 1 from practice_source s where s.practice_id = p.id and s.contribution_id in (:notes))
                order by p.id""", java.util.Map.of("notes", contributionIds), Long.class);
    }
}

package fr.cohorte.knowledge.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.cohorte.directory.PersonalDataRows;
import fr.cohorte.directory.PersonalDataSource;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * The contributions a person wrote, approved, saved a version of or attached a file to. Erasure is
 * {@link ContributionsOfErasedPersons}: it takes them off all of these, and deletes what they wrote alone.
 */
@Component
class KnowledgePersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    KnowledgePersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "contributions";
    }

    @Override
    public Set<String> tables() {
        return Set.of("contribution_author", "contribution", "contribution_version", "contribution_attachment");
    }

    @Override
    public List<Map<String, Object>> about(Long personId) {
        Map<String, Long> person = Map.of("person", personId);
        return Stream.of(
                """
                select 'AUTHOR' as kind, c.session_number as session, c.title, c.kind as detail, c.updated_at as at
                from contribution_author a join contribution c on c.id = a.contribution_id where a.person_id = :person order by c.id""",
                """
                select 'APPROVED' as kind, c.session_number as session, c.title, null as detail, c.approved_at as at
                from contribution c where c.approved_by_person_id = :person order by c.id""",
                """
                select 'VERSION_SAVED' as kind, c.session_number as session, v.title, 'version ' || v.number as detail, v.saved_at as at
                from contribution_version v join contribution c on c.id = v.contribution_id where v.saved_by_person_id = :person
                order by v.saved_at""",
                """
                select 'ATTACHMENT_ADDED' as kind, c.session_number as session, c.title, f.file_name as detail, f.added_at as at
                from contribution_attachment f join contribution c on c.id = f.contribution_id where f.added_by_person_id = :person
                order by f.added_at""")
                .flatMap(sql -> PersonalDataRows.of(entityManager, sql, person).stream()).toList();
    }
}

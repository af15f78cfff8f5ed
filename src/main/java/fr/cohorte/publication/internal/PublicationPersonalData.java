package fr.cohorte.publication.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.cohorte.directory.PersonalDataRows;
import fr.cohorte.directory.PersonalDataSource;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * The books a person contributed to, the chapters they wrote, the versions of chapters they saved
 * and the comments they left. Each of these rows points at the person and holds nothing else about
 * them (no address, no name): once the directory anonymises an erased person, every page of the book
 * reads their anonymised name, and the rows stay so that a book keeps its history.
 */
@Component
class PublicationPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    PublicationPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "publications";
    }

    @Override
    public Set<String> tables() {
        return Set.of("publication_contributor", "chapter_author", "chapter_version", "chapter_comment");
    }

    @Override
    public List<Map<String, Object>> about(Long personId) {
        Map<String, Long> person = Map.of("person", personId);
        return Stream.of(
                """
                select 'CONTRIBUTOR' as kind, p.title as publication, c.role, null as chapter, null as at, null as text
                from publication_contributor c join publication p on p.id = c.publication_id where c.person_id = :person order by p.id""",
                """
                select 'CHAPTER_AUTHOR' as kind, p.title as publication, null as role, ch.title as chapter, null as at, null as text
                from chapter_author a join chapter ch on ch.id = a.chapter_id join publication p on p.id = ch.publication_id
                where a.person_id = :person order by ch.id""",
                """
                select 'CHAPTER_VERSION' as kind, p.title as publication, null as role, v.title as chapter, v.saved_at as at,
                       'version ' || v.number as text
                from chapter_version v join chapter ch on ch.id = v.chapter_id join publication p on p.id = ch.publication_id
                where v.author_person_id = :person order by v.saved_at""",
                """
                select 'CHAPTER_COMMENT' as kind, p.title as publication, null as role, ch.title as chapter, c.written_at as at,
                       c.body as text
                from chapter_comment c join chapter ch on ch.id = c.chapter_id join publication p on p.id = ch.publication_id
                where c.author_person_id = :person order by c.written_at""")
                .flatMap(sql -> PersonalDataRows.of(entityManager, sql, person).stream()).toList();
    }
}

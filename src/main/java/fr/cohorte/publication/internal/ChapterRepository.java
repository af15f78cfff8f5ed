package fr.cohorte.publication.internal;

import java.util.List;

import fr.cohorte.publication.Chapter;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChapterRepository extends JpaRepository<Chapter, Long> {

    @Query("select c from Chapter c where c.publication.id = :publicationId")
    List<Chapter> findByPublication(long publicationId);
}

package fr.cohorte.publication.internal;

import java.util.List;

import java.util.Optional;

import fr.cohorte.publication.Chapter;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ChapterRepository extends JpaRepository<Chapter, Long> {

    /** The chapter, locked until the transaction ends: saves of one chapter take their turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Chapter c where c.id = :id")
    Optional<Chapter> lockById(long id);

    @Query("select c from Chapter c where c.publication.id = :publicationId")
    List<Chapter> findByPublication(long publicationId);
}

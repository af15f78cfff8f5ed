package fr.cohorte.publication.internal;

import fr.cohorte.publication.Chapter;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChapterRepository extends JpaRepository<Chapter, Long> {
}

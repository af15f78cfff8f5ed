package fr.cohorte.publication.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.publication.ChapterVersion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChapterVersionRepository extends JpaRepository<ChapterVersion, Long> {

    List<ChapterVersion> findByChapterIdOrderByNumberDesc(long chapterId);

    Optional<ChapterVersion> findByChapterIdAndNumber(long chapterId, int number);
}

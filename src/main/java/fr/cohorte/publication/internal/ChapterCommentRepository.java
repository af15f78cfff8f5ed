package fr.cohorte.publication.internal;

import java.util.List;

import fr.cohorte.publication.ChapterComment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChapterCommentRepository extends JpaRepository<ChapterComment, Long> {

    List<ChapterComment> findByChapterIdOrderByWrittenAtAscIdAsc(long chapterId);
}

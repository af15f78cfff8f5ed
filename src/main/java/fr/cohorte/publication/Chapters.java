package fr.cohorte.publication;

import java.time.Clock;

import fr.cohorte.publication.internal.ChapterRepository;
import fr.cohorte.publication.internal.PublicationRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coordinators' edits of a book's chapters, never overwriting an edit they have not seen. */
@Service
public class Chapters {

    private final ChapterRepository chapters;
    private final PublicationRepository publications;
    private final Clock clock;

    Chapters(ChapterRepository chapters, PublicationRepository publications, Clock clock) {
        this.chapters = chapters;
        this.publications = publications;
        this.clock = clock;
    }

    /** The chapter, only if it belongs to that publication: a coordinator's rights stop at their book. */
    @Transactional(readOnly = true)
    public Chapter of(long publicationId, long chapterId) {
        return chapters.findById(chapterId)
                .filter(chapter -> chapter.getPublicationId() == publicationId)
                .orElseThrow(() -> new PublicationNotFoundException(publicationId));
    }

    /** Saves an edit made on the version the editor saw; a newer version saved in between is a conflict. */
    @Transactional
    public Chapter edit(long publicationId, long chapterId, long seenVersion, String title, String body) {
        Chapter chapter = of(publicationId, chapterId);
        if (chapter.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Chapter.class, chapterId);
        }
        chapter.edit(title, body);
        publications.findById(publicationId).orElseThrow().changed(clock.instant());
        return chapters.saveAndFlush(chapter);
    }
}

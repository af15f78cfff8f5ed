package fr.cohorte.publication;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cohorte.knowledge.SessionChapters;
import fr.cohorte.publication.internal.ChapterRepository;
import fr.cohorte.publication.internal.PublicationRepository;

/** The chapters that may carry a session's recommendations: those of its books. */
@Component
class KnowledgeChapters implements SessionChapters {

    private final PublicationRepository publications;
    private final ChapterRepository chapters;
    private final MessageSource messages;

    KnowledgeChapters(PublicationRepository publications, ChapterRepository chapters, MessageSource messages) {
        this.publications = publications;
        this.chapters = chapters;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionChapters.ChapterRef> of(int sessionNumber) {
        return publications.findAllByOrderByIdAsc().stream()
                .filter(book -> Objects.equals(book.sessionNumber(), sessionNumber))
                .flatMap(book -> book.getChapters().stream().sorted(Comparator.comparingInt(Chapter::getOrdinal))
                        .map(chapter -> chapter(book, chapter)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SessionChapters.ChapterRef> byId(long chapterId) {
        return chapters.findById(chapterId).flatMap(chapter -> publications.findById(chapter.getPublicationId())
                .filter(book -> book.sessionNumber() != null)
                .map(book -> chapter(book, chapter)));
    }

    private SessionChapters.ChapterRef chapter(Publication book, Chapter chapter) {
        String label = messages.getMessage("publication.chapter.label", new Object[] {chapter.getOrdinal(), chapter.getTitle()},
                LocaleContextHolder.getLocale());
        return new SessionChapters.ChapterRef(chapter.getId(), book.sessionNumber(), label, book.getTitle(),
                "/publications/" + book.getId() + "#chapters");
    }
}

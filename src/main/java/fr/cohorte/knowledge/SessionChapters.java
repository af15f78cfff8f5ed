package fr.cohorte.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The chapters of a session's books, which may carry its recommendations. The publication module,
 * which holds the books, implements this; knowledge, lower down, only asks.
 */
public interface SessionChapters {

    /** The chapters of the session's books, book by book in their order. */
    List<ChapterRef> of(int sessionNumber);

    /** One chapter, whichever session it belongs to. */
    Optional<ChapterRef> byId(long chapterId);

    /**
     * @param label "Chapitre 3 – Préconisations et bonnes pratiques", as the book names it
     * @param bookPath the book's public page
     */
    record ChapterRef(long id, int sessionNumber, String label, String bookTitle, String bookPath) {
    }
}

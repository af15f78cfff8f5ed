package fr.cohorte.publication;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.cohorte.account.LoginNames;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Persons;
import fr.cohorte.publication.internal.ChapterCommentRepository;
import fr.cohorte.publication.internal.ChapterRepository;
import fr.cohorte.publication.internal.ChapterVersionRepository;
import fr.cohorte.publication.internal.PublicationRepository;
import fr.cohorte.web.EditConflicts;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators' edits of a book's chapters, never overwriting an edit they have not seen. Every
 * save is kept as a version; chapters go through review before the book is rendered.
 */
@Service
public class Chapters {

    private final ChapterRepository chapters;
    private final ChapterVersionRepository versions;
    private final ChapterCommentRepository comments;
    private final PublicationRepository publications;
    private final LoginNames logins;
    private final Persons persons;
    private final AuditTrail audit;
    private final Clock clock;

    Chapters(ChapterRepository chapters, ChapterVersionRepository versions, ChapterCommentRepository comments,
             PublicationRepository publications, LoginNames logins, Persons persons, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.logins = logins;
        this.persons = persons;
        this.chapters = chapters;
        this.versions = versions;
        this.comments = comments;
        this.publications = publications;
        this.clock = clock;
    }

    /** The outcome of a save: the chapter as saved, whether the save withdrew its approval, and the number of the version it made. */
    public record Saved(Chapter chapter, boolean approvalWithdrawn, int version) {
    }

    /** The chapter, only if it belongs to that publication: a coordinator's rights stop at their book. */
    @Transactional(readOnly = true)
    public Chapter of(long publicationId, long chapterId) {
        return chapters.findById(chapterId)
                .filter(chapter -> chapter.getPublicationId() == publicationId)
                .orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, publicationId).exception());
    }

    /**
     * Saves an edit made on the version the editor saw; a newer version saved in between is a conflict.
     * The chapter is locked before its versions are numbered: two saves at once then take their turn,
     * and the second finds the first's version (a conflict) instead of both writing version 1 of a
     * chapter never saved before.
     */
    @Transactional
    public Saved edit(long publicationId, long chapterId, long seenVersion, String title, String body, String editor) {
        Chapter chapter = locked(publicationId, chapterId);
        EditConflicts.requireSeen(chapter.getVersion(), seenVersion, Chapter.class, chapterId);
        String titleBefore = chapter.getTitle();
        ChapterState stateBefore = chapter.getState();
        Saved saved = save(publicationId, chapter, title, body, editor);
        audit.record(AuditAction.UPDATED, "chapter:" + chapterId, AuditDetail.of("audit.detail.chapter.saved",
                        saved.chapter().getTitle(), bookTitle(publicationId), saved.version())
                .changed("audit.field.chapter.title", titleBefore, saved.chapter().getTitle())
                .changed("audit.field.chapter.state", state(stateBefore), state(saved.chapter().getState())));
        return saved;
    }

    /** Brings an old version back as the newest one: the history keeps everything in between. */
    @Transactional
    public Saved restore(long publicationId, long chapterId, int number, String editor) {
        Chapter chapter = locked(publicationId, chapterId);
        ChapterVersion old = version(publicationId, chapterId, number);
        String titleBefore = chapter.getTitle();
        ChapterState stateBefore = chapter.getState();
        Saved saved = save(publicationId, chapter, old.getTitle(), old.getBody(), editor);
        audit.record(AuditAction.UPDATED, "chapter:" + chapterId, AuditDetail.of("audit.detail.chapter.restored",
                        saved.chapter().getTitle(), bookTitle(publicationId), number, saved.version())
                .changed("audit.field.chapter.title", titleBefore, saved.chapter().getTitle())
                .changed("audit.field.chapter.state", state(stateBefore), state(saved.chapter().getState())));
        return saved;
    }

    /** Keeps the edit as the chapter's next version; a chapter saved before versions were kept gets its first text as version 1. */
    private Saved save(long publicationId, Chapter chapter, String title, String body, String editor) {
        long chapterId = chapter.getId();
        List<ChapterVersion> history = versions.findByChapterIdOrderByNumberDesc(chapterId);
        int last = history.isEmpty() ? 0 : history.getFirst().getNumber();
        if (history.isEmpty()) {
            // The text written before versions were kept (or imported) becomes version 1, so it can be compared and restored.
            versions.save(new ChapterVersion(chapterId, ++last, chapter.getTitle(), chapter.getBody(), null, clock.instant()));
        }
        boolean withdrawn = chapter.edit(title, body);
        publications.findById(publicationId).orElseThrow().changed(clock.instant());
        Chapter saved = chapters.saveAndFlush(chapter);
        versions.save(new ChapterVersion(chapterId, last + 1, saved.getTitle(), saved.getBody(),
                logins.personOf(editor).orElse(null), clock.instant()));
        return new Saved(saved, withdrawn, last + 1);
    }

    private String bookTitle(long publicationId) {
        return publications.findById(publicationId).map(Publication::getTitle).orElse("");
    }

    private static String state(ChapterState state) {
        return AuditDetail.label("publication.chapter.state." + state.name());
    }

    private Chapter locked(long publicationId, long chapterId) {
        return chapters.lockById(chapterId)
                .filter(chapter -> chapter.getPublicationId() == publicationId)
                .orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, publicationId).exception());
    }

    /** Every saved version of the chapter, newest first. */
    @Transactional(readOnly = true)
    public List<ChapterVersion> versions(long publicationId, long chapterId) {
        of(publicationId, chapterId);
        return versions.findByChapterIdOrderByNumberDesc(chapterId);
    }

    @Transactional(readOnly = true)
    public ChapterVersion version(long publicationId, long chapterId, int number) {
        of(publicationId, chapterId);
        return versions.findByChapterIdAndNumber(chapterId, number)
                .orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, publicationId).exception());
    }

    /** Submits, approves or sends back a chapter; the security rules let only the book's coordinators and staff here. */
    @Transactional
    public Chapter moveTo(long publicationId, long chapterId, ChapterState state) {
        Chapter chapter = of(publicationId, chapterId);
        ChapterState before = chapter.getState();
        chapter.moveTo(state);
        Chapter moved = chapters.saveAndFlush(chapter);
        audit.record(AuditAction.UPDATED, "chapter:" + chapterId, AuditDetail.of("audit.detail.chapter.moved",
                moved.getTitle(), bookTitle(publicationId)).changed("audit.field.chapter.state", state(before), state(state)));
        return moved;
    }

    /** The longest comment a coordinator may leave on a chapter. */
    public static final int MAX_COMMENT = 5000;

    /** Records a coordinator's comment; an empty one, or one longer than {@link #MAX_COMMENT}, is refused. */
    @Transactional
    public void comment(long publicationId, long chapterId, String author, String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid("publication.comment.blank").on("comment").exception();
        }
        if (text.length() > MAX_COMMENT) {
            throw Refusal.invalid("publication.comment.too-long", MAX_COMMENT).on("comment").exception();
        }
        Chapter chapter = of(publicationId, chapterId);
        comments.save(new ChapterComment(chapterId, logins.personOf(author).orElse(null), text.strip(), clock.instant()));
        audit.record(AuditAction.CREATED, "chapter:" + chapterId, AuditDetail.of("audit.detail.chapter.commented",
                chapter.getTitle(), bookTitle(publicationId)));
    }

    @Transactional(readOnly = true)
    public List<ChapterComment> comments(long publicationId, long chapterId) {
        of(publicationId, chapterId);
        return comments.findByChapterIdOrderByWrittenAtAscIdAsc(chapterId);
    }

    /** The names of the people who saved the chapter's versions or commented on it, by person id. */
    @Transactional(readOnly = true)
    public Map<Long, String> authorNames(long publicationId, long chapterId) {
        of(publicationId, chapterId);
        return persons.names(java.util.stream.Stream.concat(
                versions.findByChapterIdOrderByNumberDesc(chapterId).stream().map(ChapterVersion::getAuthorPersonId),
                comments.findByChapterIdOrderByWrittenAtAscIdAsc(chapterId).stream().map(ChapterComment::getAuthorPersonId)).toList());
    }

    /** Each chapter's review state, for the book's chapter list. */
    @Transactional(readOnly = true)
    public Map<Long, ChapterState> states(long publicationId) {
        return chapters.findByPublication(publicationId).stream()
                .collect(Collectors.toMap(Chapter::getId, Chapter::getState));
    }
}

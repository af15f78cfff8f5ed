package fr.cohorte.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.cohorte.search.Findable;
import fr.cohorte.search.SearchEntry;
import fr.cohorte.search.Searchable;
import fr.cohorte.search.VisibilityKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Searchable(kind = "chapter", uses = {"title", "summary", "publication.title", "publication.session.number"})
public class Chapter implements Findable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publication_id")
    private Publication publication;

    private int ordinal;
    private String title;

    @Column(columnDefinition = "text")
    private String summary;

    /** The chapter's text in Markdown (footnotes, tables, figures); empty until written. */
    @Column(columnDefinition = "text")
    private String body;

    @ElementCollection
    @CollectionTable(name = "chapter_author", joinColumns = @JoinColumn(name = "chapter_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "person_id")
    private List<Long> authorIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ChapterState state = ChapterState.DRAFT;

    /** The chapter's own DOI, bare ({@code 10.1234/abc}), or {@code null}; set with the book's description. */
    private String doi;

    @Version
    private long version;

    protected Chapter() {
    }

    public Long getId() {
        return id;
    }

    public Long getPublicationId() {
        return publication.getId();
    }

    /**
     * What the public catalogue shows of a chapter: its title and summary, on the book's page. Its text
     * is not searched: the catalogue does not show it (drafts included).
     */
    @Override
    public Optional<SearchEntry> searchEntry() {
        return Optional.of(SearchEntry.of(title, "/publications/" + publication.getId() + "/chapters/" + ordinal)
                .text(summary, publication.getTitle())
                .session(publication.sessionNumber())
                .visibleTo(VisibilityKey.PUBLIC));
    }

    public long getVersion() {
        return version;
    }

    /**
     * A coordinator's edit of the title and text; the title is never blank. An approved chapter
     * that changes is no longer what was approved: it goes back to draft.
     *
     * @return whether the edit withdrew an approval
     */
    public boolean edit(String newTitle, String newBody) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new IllegalArgumentException("A chapter needs a title");
        }
        String stripped = newTitle.strip();
        String text = newBody == null ? "" : newBody;
        boolean changed = !stripped.equals(title) || !text.equals(getBody());
        title = stripped;
        body = text;
        if (changed && state == ChapterState.APPROVED) {
            state = ChapterState.DRAFT;
            return true;
        }
        return false;
    }

    /** Moves the chapter along its review (or back to draft for more work). */
    public void moveTo(ChapterState next) {
        state = next;
    }

    public ChapterState getState() {
        return state;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body == null ? "" : body;
    }

    /** What the book prints of the chapter, and its web page shows: its text, or its summary while it has none, so a draft shows the plan. */
    public String printedMarkdown() {
        return getBody().isBlank() ? (summary == null ? "" : summary) : getBody();
    }

    public String getDoi() {
        return doi;
    }

    void identify(String newDoi) {
        doi = newDoi;
    }

    public List<Long> getAuthorIds() {
        return List.copyOf(authorIds);
    }
}

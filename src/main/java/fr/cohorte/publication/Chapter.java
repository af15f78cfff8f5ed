package fr.cohorte.publication;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
public class Chapter {

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

    public long getVersion() {
        return version;
    }

    /** A coordinator's edit of the title and text; the title is never blank. */
    public void edit(String newTitle, String newBody) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new IllegalArgumentException("A chapter needs a title");
        }
        title = newTitle.strip();
        body = newBody == null ? "" : newBody;
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

    public List<Long> getAuthorIds() {
        return List.copyOf(authorIds);
    }
}

package fr.cohorte.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;

/** A book (or report) that comes out of a session's collective work. */
@Entity
public class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;
    private String title;
    private String subtitle;
    private Integer year;
    private String language;
    private String series;

    @Enumerated(EnumType.STRING)
    private Licence licence = Licence.ALL_RIGHTS_RESERVED;

    private String isbn;
    private String doi;
    private String legalDeposit;

    /** When anything a harvester sees last changed (the OAI-PMH datestamp). */
    private Instant modifiedAt;

    @ElementCollection
    @CollectionTable(name = "publication_keyword", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "keyword")
    private List<String> keywords = new ArrayList<>();

    @Column(name = "abstract", columnDefinition = "text")
    private String summary;

    @ElementCollection
    @CollectionTable(name = "publication_contributor", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Contributor> contributors = new ArrayList<>();

    /** Co-publishers, in the order the cover names them. */
    @ElementCollection
    @CollectionTable(name = "publication_publisher", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "organisation_id")
    private List<Long> publisherIds = new ArrayList<>();

    @OneToMany(mappedBy = "publication")
    @OrderBy("ordinal")
    private List<Chapter> chapters = new ArrayList<>();

    @Version
    private long version;

    protected Publication() {
    }

    @PrePersist
    void stampCreation() {
        if (modifiedAt == null) {
            modifiedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public Integer getYear() {
        return year;
    }

    public String getLanguage() {
        return language;
    }

    public String getSummary() {
        return summary;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getSeries() {
        return series;
    }

    public Licence getLicence() {
        return licence;
    }

    public String getIsbn() {
        return isbn;
    }

    public String getDoi() {
        return doi;
    }

    public String getLegalDeposit() {
        return legalDeposit;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public List<String> getKeywords() {
        return List.copyOf(keywords);
    }

    /** Describes the publication anew; harvesters see the change from {@code when}. */
    public void describe(PublicationMetadata metadata, Instant when) {
        if (metadata.title() == null || metadata.title().isBlank()) {
            throw new IllegalArgumentException("A publication needs a title");
        }
        title = metadata.title().strip();
        subtitle = metadata.subtitle();
        series = metadata.series();
        year = metadata.year();
        language = metadata.language();
        summary = metadata.summary();
        keywords.clear();
        keywords.addAll(metadata.keywords());
        licence = metadata.licence();
        isbn = metadata.isbn();
        doi = metadata.doi();
        legalDeposit = metadata.legalDeposit();
        changed(when);
    }

    public PublicationMetadata metadata() {
        return new PublicationMetadata(title, subtitle, series, year, language, summary, getKeywords(), licence, isbn, doi, legalDeposit);
    }

    public long getVersion() {
        return version;
    }

    /** Marks the publication as changed, so that harvesters fetch it again. */
    public void changed(Instant when) {
        modifiedAt = when;
    }

    public List<Contributor> getContributors() {
        return List.copyOf(contributors);
    }

    public List<Long> getPublisherIds() {
        return List.copyOf(publisherIds);
    }

    public List<Chapter> getChapters() {
        return List.copyOf(chapters);
    }
}

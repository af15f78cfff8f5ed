package fr.cohorte.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import fr.cohorte.search.Findable;
import fr.cohorte.search.SearchEntry;
import fr.cohorte.search.Searchable;
import fr.cohorte.search.VisibilityKey;
import fr.cohorte.session.Session;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/** A book (or report) that comes out of a session's collective work. */
@Entity
@Searchable(kind = "publication", uses = {"title", "subtitle", "series", "summary", "keywords", "session.number"})
public class Publication implements Findable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id")
    private Long sessionId;

    /**
     * The session read through {@code sessionId}, for the search's session facet. A session's number is
     * set when it is created: the index does not watch it change.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", insertable = false, updatable = false)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Session session;
    private String title;
    private String subtitle;
    private Integer year;
    private String language;
    private String series;

    @Enumerated(EnumType.STRING)
    private Licence licence = Licence.ALL_RIGHTS_RESERVED;

    /** One ISBN per edition. */
    @ElementCollection
    @CollectionTable(name = "publication_isbn", joinColumns = @JoinColumn(name = "publication_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "format")
    @Column(name = "isbn")
    private Map<BookFormat, String> isbns = new HashMap<>();

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

    /** The number of the session the book comes from, or null. */
    Integer sessionNumber() {
        return session == null ? null : session.getNumber();
    }

    /** Every book is in the public catalogue, with its description. */
    @Override
    public Optional<SearchEntry> searchEntry() {
        return Optional.of(SearchEntry.of(subtitle == null || subtitle.isBlank() ? title : title + " : " + subtitle, "/publications/" + id)
                .text(summary, series).text(keywords.toArray(String[]::new))
                .session(sessionNumber())
                .visibleTo(VisibilityKey.PUBLIC));
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

    /** The ISBN of each edition that has one, print first. */
    public Map<BookFormat, String> getIsbns() {
        return BookFormat.ordered(isbns);
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
        isbns.clear();
        isbns.putAll(metadata.isbns());
        doi = metadata.doi();
        legalDeposit = metadata.legalDeposit();
        chapters.forEach(chapter -> chapter.identify(metadata.chapterDois().get(chapter.getOrdinal())));
        changed(when);
    }

    public PublicationMetadata metadata() {
        SortedMap<Integer, String> chapterDois = new TreeMap<>();
        chapters.stream().filter(chapter -> chapter.getDoi() != null).forEach(chapter -> chapterDois.put(chapter.getOrdinal(), chapter.getDoi()));
        return new PublicationMetadata(title, subtitle, series, year, language, summary, getKeywords(), licence, getIsbns(), doi, legalDeposit,
                chapterDois);
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

    /** Coordinators' person ids, in the order the title page lists them. */
    public List<Long> getCoordinatorIds() {
        return contributors.stream().filter(Publication::coordinates).map(Contributor::personId).toList();
    }

    /** Adds a co-publisher after the others; one already named stays where it is. */
    public void addPublisher(long organisationId, Instant when) {
        if (!publisherIds.contains(organisationId)) {
            publisherIds.add(organisationId);
            changed(when);
        }
    }

    public void removePublisher(long organisationId, Instant when) {
        if (publisherIds.remove(Long.valueOf(organisationId))) {
            changed(when);
        }
    }

    /** Moves a co-publisher one place earlier ({@code -1}) or later ({@code +1}) in the order the cover names them. */
    public void movePublisher(long organisationId, int step, Instant when) {
        int from = publisherIds.indexOf(organisationId);
        int to = from + Integer.signum(step);
        if (from >= 0 && to >= 0 && to < publisherIds.size()) {
            java.util.Collections.swap(publisherIds, from, to);
            changed(when);
        }
    }

    /** Credits a person as coordinator, after the others; one already coordinating stays where they are. */
    public void addCoordinator(long personId, Instant when) {
        if (!getCoordinatorIds().contains(personId)) {
            contributors.add(new Contributor(personId, ContributorRole.COORDINATOR));
            changed(when);
        }
    }

    public void removeCoordinator(long personId, Instant when) {
        if (contributors.remove(new Contributor(personId, ContributorRole.COORDINATOR))) {
            changed(when);
        }
    }

    /** Swaps a coordinator with the previous ({@code -1}) or next ({@code +1}) coordinator; other credits keep their places. */
    public void moveCoordinator(long personId, int step, Instant when) {
        List<Integer> places = new ArrayList<>();
        for (int place = 0; place < contributors.size(); place++) {
            if (coordinates(contributors.get(place))) {
                places.add(place);
            }
        }
        int from = getCoordinatorIds().indexOf(personId);
        int to = from + Integer.signum(step);
        if (from >= 0 && to >= 0 && to < places.size()) {
            java.util.Collections.swap(contributors, places.get(from), places.get(to));
            changed(when);
        }
    }

    private static boolean coordinates(Contributor contributor) {
        return contributor.role() == ContributorRole.COORDINATOR;
    }

    public List<Chapter> getChapters() {
        return List.copyOf(chapters);
    }
}

package fr.cohorte.knowledge;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.search.Findable;
import fr.cohorte.search.SearchEntry;
import fr.cohorte.web.MarkdownText;
import fr.cohorte.search.Searchable;
import fr.cohorte.web.Text;
import jakarta.persistence.CollectionTable;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
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
import jakarta.persistence.Version;

/**
 * A recommendation of a session: what it asks, of whom, why, on which practices and under which
 * conditions it rests, and the chapter that carries it. Public once published.
 */
@Entity
@Searchable(kind = "recommendation", uses = {"title", "text", "rationale", "status", "sessionNumber"})
public class Recommendation implements Findable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String text;
    private String rationale;
    private String conditions;
    private Long chapterId;
    private Integer sessionNumber;

    @Enumerated(EnumType.STRING)
    private RecommendationStatus status = RecommendationStatus.DRAFT;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "recommendation_addressee", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "addressee")
    @Enumerated(EnumType.STRING)
    private Set<RecommendationAddressee> addressees = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "recommendation_practice", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "practice_id")
    private Set<Long> practiceIds = new HashSet<>();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Recommendation() {
    }

    Recommendation(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(RecommendationDetails details, Instant now) {
        this.title = details.title().strip();
        this.text = details.text().strip();
        this.rationale = Text.blankToNullStripped(details.rationale());
        this.conditions = Text.blankToNullStripped(details.conditions());
        this.addressees = new HashSet<>(details.addressees());
        this.practiceIds = new HashSet<>(details.practiceIds());
        this.chapterId = details.chapterId();
        this.sessionNumber = details.sessionNumber();
        this.updatedAt = now;
    }

    void changeStatus(RecommendationStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** Records the chapter of the book that carries it (null to detach it). */
    void carriedBy(Long chapterId, Instant now) {
        this.chapterId = chapterId;
        this.updatedAt = now;
    }

    public boolean isPublished() {
        return status == RecommendationStatus.PUBLISHED;
    }

    @Override
    public Optional<SearchEntry> searchEntry() {
        return Optional.of(SearchEntry.of(title, "/recommendations/" + id).text(MarkdownText.toPlainText(text), MarkdownText.toPlainText(rationale))
                .session(sessionNumber).visibleTo(PracticeEditors.readers(isPublished(), sessionNumber)));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getRationale() {
        return rationale;
    }

    public String getConditions() {
        return conditions;
    }

    public Long getChapterId() {
        return chapterId;
    }

    public Integer getSessionNumber() {
        return sessionNumber;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    /** The addressees in the order of {@link RecommendationAddressee}. */
    public List<RecommendationAddressee> getAddressees() {
        return addressees.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(addressees));
    }

    public Set<Long> getPracticeIds() {
        return Set.copyOf(practiceIds);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}

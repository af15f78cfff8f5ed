package fr.cohorte.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.search.Findable;
import fr.cohorte.search.SearchEntry;
import fr.cohorte.web.MarkdownText;
import fr.cohorte.search.Searchable;
import fr.cohorte.web.Text;
import jakarta.persistence.CascadeType;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A cooperation practice of the registry: what was done, where, by whom, with what results and how
 * well they are established, and where the cohort learnt of it. Public once published; before, seen
 * by staff and the coordinators of its session.
 */
@Entity
@Searchable(kind = "practice", uses = {"title", "description", "results", "transferability", "status", "sessionNumber"})
public class Practice implements Findable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    // Pages render after the transaction (no open session in view): a practice comes whole.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "type_id")
    private TaxonomyTerm type;

    @ManyToMany(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinTable(name = "practice_domain", joinColumns = @JoinColumn(name = "practice_id"), inverseJoinColumns = @JoinColumn(name = "term_id"))
    private Set<TaxonomyTerm> domains = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinTable(name = "practice_target_public", joinColumns = @JoinColumn(name = "practice_id"), inverseJoinColumns = @JoinColumn(name = "term_id"))
    private Set<TaxonomyTerm> targetPublics = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private TerritoryKind territoryKind;
    private String territoryCode;
    private String regionCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "practice_organisation", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    private LocalDate startedOn;
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    private PracticeStage stage;

    private String description;
    private String resources;
    private String results;
    private String limits;
    private String transferability;

    @Enumerated(EnumType.STRING)
    private PracticeEvidence evidence;

    private Integer sessionNumber;

    @Enumerated(EnumType.STRING)
    private PracticeStatus status = PracticeStatus.DRAFT;

    @OneToMany(mappedBy = "practice", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<PracticeSource> sources = new ArrayList<>();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Practice() {
    }

    Practice(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(PracticeDetails details, TaxonomyTerm type, Set<TaxonomyTerm> domains, Set<TaxonomyTerm> targetPublics, Instant now) {
        this.title = details.title().strip();
        this.type = type;
        this.domains = new HashSet<>(domains);
        this.targetPublics = new HashSet<>(targetPublics);
        Territory territory = details.territory();
        this.territoryKind = territory == null ? null : territory.kind();
        this.territoryCode = territory == null ? null : territory.code();
        this.regionCode = territory == null ? null : territory.regionCode();
        this.organisationIds = new HashSet<>(details.organisationIds());
        this.startedOn = details.startedOn();
        this.endedOn = details.endedOn();
        this.stage = details.stage();
        this.description = Text.blankToNullStripped(details.description());
        this.resources = Text.blankToNullStripped(details.resources());
        this.results = Text.blankToNullStripped(details.results());
        this.limits = Text.blankToNullStripped(details.limits());
        this.transferability = Text.blankToNullStripped(details.transferability());
        this.evidence = details.evidence();
        this.sessionNumber = details.sessionNumber();
        this.updatedAt = now;
    }

    void addSource(PracticeSource source) {
        int next = sources.stream().map(PracticeSource::getPosition).max(Comparator.naturalOrder()).orElse(0) + 1;
        source.attachTo(this, next);
        sources.add(source);
    }

    boolean removeSource(long sourceId) {
        return sources.removeIf(source -> source.getId() != null && source.getId() == sourceId);
    }

    void changeStatus(PracticeStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public boolean isPublished() {
        return status == PracticeStatus.PUBLISHED;
    }

    @Override
    public Optional<SearchEntry> searchEntry() {
        return Optional.of(SearchEntry.of(title, "/practices/" + id).text(MarkdownText.toPlainText(description), MarkdownText.toPlainText(results),
                        MarkdownText.toPlainText(transferability))
                .session(sessionNumber).visibleTo(PracticeEditors.readers(isPublished(), sessionNumber)));
    }

    public Optional<Territory> territory() {
        return territoryKind == null ? Optional.empty() : Territory.of(territoryKind, territoryCode);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public TaxonomyTerm getType() {
        return type;
    }

    public List<TaxonomyTerm> getDomains() {
        return domains.stream().sorted(Comparator.comparingInt(TaxonomyTerm::getPosition)).toList();
    }

    public List<TaxonomyTerm> getTargetPublics() {
        return targetPublics.stream().sorted(Comparator.comparingInt(TaxonomyTerm::getPosition)).toList();
    }

    public TerritoryKind getTerritoryKind() {
        return territoryKind;
    }

    public String getTerritoryCode() {
        return territoryCode;
    }

    public Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public PracticeStage getStage() {
        return stage;
    }

    public String getDescription() {
        return description;
    }

    public String getResources() {
        return resources;
    }

    public String getResults() {
        return results;
    }

    public String getLimits() {
        return limits;
    }

    public String getTransferability() {
        return transferability;
    }

    public PracticeEvidence getEvidence() {
        return evidence;
    }

    public Integer getSessionNumber() {
        return sessionNumber;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public List<PracticeSource> getSources() {
        return List.copyOf(sources);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}

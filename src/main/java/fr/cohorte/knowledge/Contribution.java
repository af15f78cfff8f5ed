package fr.cohorte.knowledge;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.search.Findable;
import fr.cohorte.search.SearchEntry;
import fr.cohorte.web.MarkdownText;
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
import jakarta.persistence.Version;

/**
 * A participant's note, a testimony or a working group's synthesis about an activity or a seminar of
 * a session, in Markdown. Its authors edit it and choose who reads it ({@link ContributionVisibility});
 * a public one waits for a coordinator's approval.
 */
@Entity
@Searchable(kind = "contribution", uses = {"title", "body", "visibility", "approvedAt", "authorIds", "sessionNumber"})
public class Contribution implements Findable {

    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int sessionNumber;
    private Long activityId;
    private Long seminarId;

    @Enumerated(EnumType.STRING)
    private ContributionKind kind;

    private String title;

    @Column(columnDefinition = "text")
    private String body = "";

    @Enumerated(EnumType.STRING)
    private ContributionVisibility visibility = ContributionVisibility.ONLY_US;

    private Instant approvalRequestedAt;
    private Long approvedByPersonId;
    private Instant approvedAt;

    private Long roundId;
    private Integer groupNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contribution_author", joinColumns = @JoinColumn(name = "contribution_id"))
    @Column(name = "person_id")
    private Set<Long> authorIds = new LinkedHashSet<>();

    private Instant createdAt;
    private Instant updatedAt;

    /** The number of the last saved version of the text. */
    private int revision;

    @Version
    private long version;

    protected Contribution() {
    }

    Contribution(int sessionNumber, Long activityId, Long seminarId, ContributionKind kind, String title,
                 Set<Long> authorIds, Instant now) {
        this.sessionNumber = sessionNumber;
        this.activityId = activityId;
        this.seminarId = seminarId;
        this.kind = kind;
        this.title = title;
        this.authorIds.addAll(authorIds);
        this.createdAt = now;
        this.updatedAt = now;
    }

    void groupOf(Long roundId, Integer groupNumber) {
        this.roundId = roundId;
        this.groupNumber = groupNumber;
    }

    /** A new text on top of the last version; an approved public text that changes needs approving again. */
    boolean write(String newTitle, String newBody, Instant now) {
        boolean changed = !newTitle.equals(title) || !newBody.equals(body);
        title = newTitle;
        body = newBody;
        revision++;
        updatedAt = now;
        if (changed && approvedAt != null) {
            approvedAt = null;
            approvedByPersonId = null;
            return true;
        }
        return false;
    }

    void showTo(ContributionVisibility next, Instant now) {
        if (next == visibility) {
            return;
        }
        visibility = next;
        approvedAt = null;
        approvedByPersonId = null;
        approvalRequestedAt = next == ContributionVisibility.PUBLIC ? now : null;
        updatedAt = now;
    }

    void approve(Long coordinatorPersonId, Instant now) {
        approvedAt = now;
        approvedByPersonId = coordinatorPersonId;
    }

    void withdrawApproval() {
        approvedAt = null;
        approvedByPersonId = null;
    }

    void addAuthor(Long personId) {
        authorIds.add(personId);
    }

    boolean removeAuthor(Long personId) {
        return authorIds.remove(personId);
    }

    void forgetApprover(Long personId) {
        if (personId.equals(approvedByPersonId)) {
            approvedByPersonId = null;
        }
    }

    /** Public and approved: what anyone reads. */
    public boolean isPublished() {
        return visibility == ContributionVisibility.PUBLIC && approvedAt != null;
    }

    public boolean awaitsApproval() {
        return visibility == ContributionVisibility.PUBLIC && approvedAt == null;
    }

    public boolean isAuthor(Long personId) {
        return personId != null && authorIds.contains(personId);
    }

    /**
     * Who finds the contribution, as {@link Contributions} lets them read it: its authors always;
     * the cohort, staff and coordinators for the cohort; staff and coordinators for them (and a
     * public one not approved yet); everyone for an approved public one.
     */
    @Override
    public Optional<SearchEntry> searchEntry() {
        if (authorIds.isEmpty()) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        authorIds.forEach(author -> keys.add(VisibilityKey.person(author)));
        switch (visibility) {
            case ONLY_US -> {
            }
            case COHORT -> {
                keys.add(VisibilityKey.cohort(sessionNumber));
                keys.add(VisibilityKey.STAFF);
                keys.add(VisibilityKey.coordinators(sessionNumber));
            }
            case STAFF_AND_COORDINATORS -> {
                keys.add(VisibilityKey.STAFF);
                keys.add(VisibilityKey.coordinators(sessionNumber));
            }
            case PUBLIC -> {
                keys.add(VisibilityKey.STAFF);
                keys.add(VisibilityKey.coordinators(sessionNumber));
                if (approvedAt != null) {
                    keys.add(VisibilityKey.PUBLIC);
                }
            }
        }
        return Optional.of(SearchEntry.of(title, "/knowledge/contributions/" + id).text(MarkdownText.toPlainText(body)).session(sessionNumber)
                .visibleTo(keys));
    }

    public Long getId() {
        return id;
    }

    public int getSessionNumber() {
        return sessionNumber;
    }

    public Long getActivityId() {
        return activityId;
    }

    public Long getSeminarId() {
        return seminarId;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body == null ? "" : body;
    }

    public ContributionVisibility getVisibility() {
        return visibility;
    }

    public Instant getApprovalRequestedAt() {
        return approvalRequestedAt;
    }

    public Long getApprovedByPersonId() {
        return approvedByPersonId;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Integer getGroupNumber() {
        return groupNumber;
    }

    public Set<Long> getAuthorIds() {
        return Set.copyOf(authorIds);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getRevision() {
        return revision;
    }

    public long getVersion() {
        return version;
    }
}

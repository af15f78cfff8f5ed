package fr.cohorte.session;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
import jakarta.persistence.Version;

/** A slot of a seminar's timetable: a hearing, a company visit, a workshop... */
@Entity
@Searchable(kind = "activity", uses = {"title", "description", "venue", "visibility", "seminar.ordinal", "seminar.title",
        "seminar.city", "seminar.session.number"})
public class Activity implements Findable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    @Enumerated(EnumType.STRING)
    private ActivityType type;

    private String title;
    private Instant startsAt;
    private Instant endsAt;
    private String venue;
    private String address;
    private String description;
    private Long hostOrganisationId;

    /** ISO 639 code of the language the activity is held in. */
    private String language = "fr";
    private boolean interpretation;

    @Enumerated(EnumType.STRING)
    private ActivityVisibility visibility = ActivityVisibility.COHORT;

    /** Marked parallel: may overlap other activities of the seminar (tracks, group work). */
    private boolean parallelTrack;
    private boolean cancelled;

    /** Held under the Chatham House rule: what is said may be used, never with the speaker's name. */
    private boolean chathamHouse;

    /** Stable identity for calendar clients, kept across edits. */
    @Column(updatable = false)
    private UUID uid = UUID.randomUUID();

    /** iCalendar SEQUENCE, raised on each change calendar clients must show. */
    private int sequence;
    private Instant updatedAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "activity_speaker", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "person_id")
    private Set<Long> speakerIds = new HashSet<>();

    @Version
    private long version;

    protected Activity() {
    }

    public Activity(Seminar seminar, ActivityDetails details, Instant now) {
        this.seminar = seminar;
        apply(details);
        this.updatedAt = now;
    }

    /**
     * Saves new details; when anything changed, calendar clients must show it, so the SEQUENCE is
     * raised. The UID never changes. Tells whether anything changed.
     */
    public boolean update(ActivityDetails details, Instant now) {
        if (details.equals(details())) {
            return false;
        }
        apply(details);
        sequence++;
        updatedAt = now;
        return true;
    }

    /** Cancelled activities stay in feeds as STATUS:CANCELLED so calendars remove them. */
    public void cancel(Instant now) {
        if (!cancelled) {
            cancelled = true;
            sequence++;
            updatedAt = now;
        }
    }

    public ActivityDetails details() {
        return new ActivityDetails(type, title, description, startsAt, endsAt, venue, address, Set.copyOf(speakerIds),
                hostOrganisationId, language, interpretation, visibility, parallelTrack);
    }

    private void apply(ActivityDetails details) {
        this.type = details.type();
        this.title = details.title();
        this.description = details.description();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.venue = details.venue();
        this.address = details.address();
        this.speakerIds.clear();
        this.speakerIds.addAll(details.speakerIds());
        this.hostOrganisationId = details.hostOrganisationId();
        this.language = details.language();
        this.interpretation = details.interpretation();
        this.visibility = details.visibility();
        this.parallelTrack = details.parallelTrack();
    }

    /**
     * A public activity is on the session's public programme; one for the cohort only is found by the
     * session's participants (their programme) and staff (the cohort's programme), as the pages show it.
     */
    @Override
    public Optional<SearchEntry> searchEntry() {
        int session = seminar.getSession().getNumber();
        String anchor = "#seminar-" + seminar.getOrdinal();
        SearchEntry.Draft entry = SearchEntry.of(title, isPublic() ? "/sessions/" + session + "/programme" + anchor : "/me/programme" + anchor)
                .text(description, seminar.getTitle(), venue, seminar.getCity())
                .session(session);
        return Optional.of(isPublic()
                ? entry.visibleTo(VisibilityKey.PUBLIC)
                : entry.linkFor(VisibilityKey.STAFF, "/sessions/" + session + "/programme/cohort" + anchor)
                        .visibleTo(VisibilityKey.cohort(session), VisibilityKey.STAFF));
    }

    public boolean isChathamHouse() {
        return chathamHouse;
    }

    /** Marks the activity as held under the Chatham House rule (or no longer); tells whether that changed. */
    public boolean underChathamHouse(boolean rule, Instant now) {
        if (rule == chathamHouse) {
            return false;
        }
        chathamHouse = rule;
        updatedAt = now;
        return true;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public ActivityType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public String getAddress() {
        return address;
    }

    public String getDescription() {
        return description;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isInterpretation() {
        return interpretation;
    }

    public ActivityVisibility getVisibility() {
        return visibility;
    }

    public boolean isPublic() {
        return visibility == ActivityVisibility.PUBLIC;
    }

    public boolean isParallelTrack() {
        return parallelTrack;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public UUID getUid() {
        return uid;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Seminar getSeminar() {
        return seminar;
    }

    public Long getHostOrganisationId() {
        return hostOrganisationId;
    }

    public Set<Long> getSpeakerIds() {
        return Set.copyOf(speakerIds);
    }
}

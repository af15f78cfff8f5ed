package fr.cohorte.session;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

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
public class Activity {

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
    private Long hostOrganisationId;

    @ElementCollection
    @CollectionTable(name = "activity_speaker", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "person_id")
    private Set<Long> speakerIds = new HashSet<>();

    @Version
    private long version;

    protected Activity() {
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

    public Long getHostOrganisationId() {
        return hostOrganisationId;
    }

    public Set<Long> getSpeakerIds() {
        return Set.copyOf(speakerIds);
    }
}

package fr.cohorte.recruitment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A session's call for applications: when the form accepts them, for how many places, with what introduction. */
@Entity
public class ApplicationCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;
    private Instant opensAt;
    private Instant closesAt;
    private int places;
    private String introduction;
    private Instant selectionConfirmedAt;

    @Version
    private long version;

    protected ApplicationCall() {
    }

    ApplicationCall(Long sessionId) {
        this.sessionId = sessionId;
    }

    void update(Instant opensAt, Instant closesAt, int places, String introduction) {
        if (!closesAt.isAfter(opensAt) || places < 1) {
            throw new IllegalArgumentException("A call closes after it opens and offers at least one place");
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.places = places;
        this.introduction = introduction;
    }

    /** Staff confirmed the cohort: the retention period of the applicants not selected starts now. */
    void confirmSelection(Instant now) {
        this.selectionConfirmedAt = now;
    }

    /** Open between its two dates, the closing instant excluded. */
    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public int getPlaces() { return places; }
    public String getIntroduction() { return introduction; }
    public Instant getSelectionConfirmedAt() { return selectionConfirmedAt; }
    public long getVersion() { return version; }
}

package fr.cohorte.recruitment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

/**
 * What a session's selection honours, kept between runs: the seats, at most K per organisation, a
 * gender band (at least this percentage of the seats for women and for men), minimums and maximums
 * per horizon and region, and the candidates staff force in or out.
 */
@Entity
public class SelectionSettings {

    public static final long NOT_SAVED_YET = -1;

    public static final int DEFAULT_SEATS = SelectionRequest.DEFAULT_SEATS;
    public static final int DEFAULT_MAX_PER_ORGANISATION = 1;

    @Id
    private Long sessionId;

    private int seats;
    private Integer maxPerOrganisation;
    private Integer genderMinPercent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "selection_quota", joinColumns = @JoinColumn(name = "session_id"))
    private List<QuotaSetting> quotas = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "selection_forcing", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "application_id")
    @Column(name = "forced_in")
    private Map<Long, Boolean> forcing = new HashMap<>();

    @Version
    private Long version;

    protected SelectionSettings() {
    }

    SelectionSettings(Long sessionId, int seats) {
        this.sessionId = sessionId;
        this.seats = seats;
        this.maxPerOrganisation = DEFAULT_MAX_PER_ORGANISATION;
    }

    void update(int seats, Integer maxPerOrganisation, Integer genderMinPercent, List<QuotaSetting> quotas) {
        this.seats = seats;
        this.maxPerOrganisation = maxPerOrganisation;
        this.genderMinPercent = genderMinPercent;
        this.quotas.clear();
        quotas.stream().filter(QuotaSetting::constrains).forEach(this.quotas::add);
    }

    /** In, out, or back to what the scores decide ({@code null}). */
    void force(Long applicationId, Boolean in) {
        if (in == null) {
            forcing.remove(applicationId);
        } else {
            forcing.put(applicationId, in);
        }
    }

    public Boolean forcingOf(Long applicationId) {
        return forcing.get(applicationId);
    }

    public List<Long> forcedIn() {
        return forcing.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().toList();
    }

    public List<Long> forcedOut() {
        return forcing.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).sorted().toList();
    }

    public QuotaSetting quota(String attribute, String value) {
        return quotas.stream().filter(q -> q.attribute().equals(attribute) && q.value().equals(value)).findFirst()
                .orElse(new QuotaSetting(attribute, value, null, null));
    }

    public Long getSessionId() { return sessionId; }
    /** The version a form was opened on, {@link #NOT_SAVED_YET} while the session keeps the defaults. */
    public long getVersion() { return version == null ? NOT_SAVED_YET : version; }
    public int getSeats() { return seats; }
    public Integer getMaxPerOrganisation() { return maxPerOrganisation; }
    public Integer getGenderMinPercent() { return genderMinPercent; }
    public List<QuotaSetting> getQuotas() { return List.copyOf(quotas); }

    /** At least {@code minCount} and at most {@code maxCount} selected with this horizon (background id) or region. */
    @Embeddable
    public record QuotaSetting(String attribute, String value, Integer minCount, Integer maxCount) {

        public static final String BACKGROUND = "background";
        public static final String REGION = "region";

        boolean constrains() {
            return minCount != null || maxCount != null;
        }
    }
}

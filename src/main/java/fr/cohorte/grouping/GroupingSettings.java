package fr.cohorte.grouping;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * What staff decided for all the rounds of a session: how much each rule counts, how long the
 * solver searches, and which pairs must never share a group.
 */
@Entity
public class GroupingSettings {

    static final int DEFAULT_TIME_LIMIT_SECONDS = 10;

    /** Two participants who must never share a group, smaller id first. */
    @Embeddable
    public record ApartPair(@Column(name = "participant_id") Long participantId, @Column(name = "other_id") Long otherId) {

        static ApartPair of(Long a, Long b) {
            return a < b ? new ApartPair(a, b) : new ApartPair(b, a);
        }
    }

    @Id
    private Long sessionId;

    private int weightRepeatedMeetings;
    private int weightHorizonMix;
    private int weightSameOrganisation;
    private int weightGenderBalance;
    private int weightNobodyIsolated;
    private int timeLimitSeconds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "apart_pair", joinColumns = @JoinColumn(name = "session_id"))
    private Set<ApartPair> apartPairs = new HashSet<>();

    @Version
    private long version;

    protected GroupingSettings() {
    }

    GroupingSettings(Long sessionId) {
        this.sessionId = sessionId;
        setWeights(MixingWeights.DEFAULT);
        this.timeLimitSeconds = DEFAULT_TIME_LIMIT_SECONDS;
    }

    void setWeights(MixingWeights weights) {
        this.weightRepeatedMeetings = weights.repeatedMeetings();
        this.weightHorizonMix = weights.horizonMix();
        this.weightSameOrganisation = weights.sameOrganisation();
        this.weightGenderBalance = weights.genderBalance();
        this.weightNobodyIsolated = weights.nobodyIsolated();
    }

    void setTimeLimitSeconds(int seconds) {
        this.timeLimitSeconds = seconds;
    }

    boolean keepApart(Long a, Long b) {
        return !a.equals(b) && apartPairs.add(ApartPair.of(a, b));
    }

    void allowTogether(Long a, Long b) {
        apartPairs.remove(ApartPair.of(a, b));
    }

    public MixingWeights weights() {
        return new MixingWeights(weightRepeatedMeetings, weightHorizonMix, weightSameOrganisation,
                weightGenderBalance, weightNobodyIsolated);
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public Set<ApartPair> getApartPairs() {
        return Set.copyOf(apartPairs);
    }

    public Long getSessionId() {
        return sessionId;
    }
}

package fr.cohorte.recruitment;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The proposal for a session's open seats, as it was computed when a seat freed or a setting changed:
 * which applications enter and leave, of what kind, and the quotas it leaves short. Pages read it; only
 * {@link ReplacementProposals} solves.
 */
@Entity
public class ReplacementProposal {

    @Id
    private Long sessionId;

    @Enumerated(EnumType.STRING)
    private Replacement.Kind kind;

    /** The open seats it fills, first freed first; the newcomers take them in that order. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "bigint[]")
    private Long[] vacancyIds;

    /** Applications entering, best score first. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "bigint[]")
    private Long[] enteringIds;

    /** Current participants the proposal would take out to keep the quotas. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "bigint[]")
    private Long[] leavingIds;

    private int kept;
    private int remaining;
    private String shortfalls;
    private String conflicts;
    private String inputDigest;
    private Instant computedAt;

    protected ReplacementProposal() {
    }

    ReplacementProposal(Long sessionId) {
        this.sessionId = sessionId;
    }

    void update(Replacement.Kind kind, List<Long> vacancyIds, List<Long> enteringIds, List<Long> leavingIds, int kept, int remaining,
                String shortfalls, String conflicts, String inputDigest, Instant computedAt) {
        this.kind = kind;
        this.vacancyIds = vacancyIds.toArray(Long[]::new);
        this.enteringIds = enteringIds.toArray(Long[]::new);
        this.leavingIds = leavingIds.toArray(Long[]::new);
        this.kept = kept;
        this.remaining = remaining;
        this.shortfalls = shortfalls;
        this.conflicts = conflicts;
        this.inputDigest = inputDigest;
        this.computedAt = computedAt;
    }

    /** Every open seat gets one newcomer and every remaining participant stays: staff accept it seat by seat. */
    public boolean seatBySeat() {
        return (kind == Replacement.Kind.SINGLE_SWAP || kind == Replacement.Kind.FILLED || kind == Replacement.Kind.SHORT)
                && leavingIds.length == 0 && enteringIds.length == vacancyIds.length;
    }

    /** The newcomer this proposal brings to the seat, when it is accepted seat by seat. */
    public Long enteringFor(Long vacancyId) {
        if (!seatBySeat()) {
            return null;
        }
        List<Long> seats = List.of(vacancyIds);
        int seat = seats.indexOf(vacancyId);
        return seat < 0 ? null : enteringIds[seat];
    }

    public Long getSessionId() { return sessionId; }
    public Replacement.Kind getKind() { return kind; }
    public List<Long> getVacancyIds() { return List.of(vacancyIds); }
    public List<Long> getEnteringIds() { return List.of(enteringIds); }
    public List<Long> getLeavingIds() { return List.of(leavingIds); }
    public int getKept() { return kept; }
    public int getRemaining() { return remaining; }
    String getShortfalls() { return shortfalls; }
    String getConflicts() { return conflicts; }
    public String getInputDigest() { return inputDigest; }
    public Instant getComputedAt() { return computedAt; }
}

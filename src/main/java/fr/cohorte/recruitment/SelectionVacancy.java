package fr.cohorte.recruitment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A seat of the confirmed cohort freed by a withdrawal, open until staff accept someone from the waiting
 * list for it (perhaps leaving quotas short, which it then keeps) or leave it empty with a reason.
 */
@Entity
public class SelectionVacancy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;
    private Long withdrawnId;
    /** Whether staff withdrew the participant (rather than the applicant); null for seats freed before this was kept. */
    private Boolean withdrawnByStaff;
    private Instant openedAt;
    private Long replacementId;
    private String filledBy;
    private Instant filledAt;
    /** The quotas left short when the newcomer was accepted from a proposal that could not keep them all (JSON). */
    private String shortfalls;
    private String leftEmptyReason;
    private String leftEmptyBy;
    private Instant leftEmptyAt;

    protected SelectionVacancy() {
    }

    SelectionVacancy(Long sessionId, Long withdrawnId, boolean withdrawnByStaff, Instant openedAt) {
        this.sessionId = sessionId;
        this.withdrawnId = withdrawnId;
        this.withdrawnByStaff = withdrawnByStaff;
        this.openedAt = openedAt;
    }

    void fill(Long replacementId, String by, Instant at) {
        fill(replacementId, null, by, at);
    }

    /** Filled from a proposal that leaves quotas short: {@code shortfalls} keeps which, and by how much. */
    void fill(Long replacementId, String shortfalls, String by, Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("This seat is no longer open");
        }
        this.shortfalls = shortfalls;
        this.replacementId = replacementId;
        this.filledBy = by;
        this.filledAt = at;
    }

    /** Staff decided not to fill the seat: it no longer asks for a replacement. */
    void leaveEmpty(String reason, String by, Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("This seat is no longer open");
        }
        this.leftEmptyReason = reason;
        this.leftEmptyBy = by;
        this.leftEmptyAt = at;
    }

    public boolean isFilled() {
        return filledAt != null;
    }

    public boolean isLeftEmpty() {
        return leftEmptyAt != null;
    }

    /** Still asking for a replacement: neither filled nor left empty. */
    public boolean isOpen() {
        return !isFilled() && !isLeftEmpty();
    }

    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Long getWithdrawnId() { return withdrawnId; }
    public Boolean getWithdrawnByStaff() { return withdrawnByStaff; }
    public Instant getOpenedAt() { return openedAt; }
    public Long getReplacementId() { return replacementId; }
    public String getFilledBy() { return filledBy; }
    public Instant getFilledAt() { return filledAt; }
    String getShortfalls() { return shortfalls; }
    public boolean isFilledShort() { return shortfalls != null; }
    public String getLeftEmptyReason() { return leftEmptyReason; }
    public String getLeftEmptyBy() { return leftEmptyBy; }
    public Instant getLeftEmptyAt() { return leftEmptyAt; }
}

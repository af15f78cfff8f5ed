package fr.cohorte.recruitment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A seat of the confirmed cohort freed by a withdrawal, until staff accept someone from the waiting list for it. */
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

    protected SelectionVacancy() {
    }

    SelectionVacancy(Long sessionId, Long withdrawnId, boolean withdrawnByStaff, Instant openedAt) {
        this.sessionId = sessionId;
        this.withdrawnId = withdrawnId;
        this.withdrawnByStaff = withdrawnByStaff;
        this.openedAt = openedAt;
    }

    void fill(Long replacementId, String by, Instant at) {
        if (isFilled()) {
            throw new IllegalStateException("This seat is already filled");
        }
        this.replacementId = replacementId;
        this.filledBy = by;
        this.filledAt = at;
    }

    public boolean isFilled() {
        return filledAt != null;
    }

    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Long getWithdrawnId() { return withdrawnId; }
    public Boolean getWithdrawnByStaff() { return withdrawnByStaff; }
    public Instant getOpenedAt() { return openedAt; }
    public Long getReplacementId() { return replacementId; }
    public String getFilledBy() { return filledBy; }
    public Instant getFilledAt() { return filledAt; }
}

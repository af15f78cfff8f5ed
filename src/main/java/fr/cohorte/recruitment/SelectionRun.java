package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One run of the selection, kept as the decision log: who ran it and when, the exact request solved
 * (candidates with their scores, quotas, forcing) and the answer, and who confirmed it if anyone did.
 */
@Entity
public class SelectionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;
    private String runBy;
    private Instant runAt;

    @Enumerated(EnumType.STRING)
    private SelectionStatus status;
    private BigDecimal totalScore;
    private int unscored;
    private String request;
    private String response;
    /** The sentences as codes and arguments (JSON); null for runs recorded before, whose response holds them in words. */
    @JdbcTypeCode(SqlTypes.JSON)
    private String reasons;
    private String confirmedBy;
    private Instant confirmedAt;

    protected SelectionRun() {
    }

    SelectionRun(Long sessionId, String runBy, Instant runAt, SelectionStatus status, BigDecimal totalScore, int unscored,
                 String request, String response, String reasons) {
        this.sessionId = sessionId;
        this.runBy = runBy;
        this.runAt = runAt;
        this.status = status;
        this.totalScore = totalScore;
        this.unscored = unscored;
        this.request = request;
        this.response = response;
        this.reasons = reasons;
    }

    /** Only a run that found a cohort can be confirmed. */
    public boolean hasCohort() {
        return status == SelectionStatus.OPTIMAL || status == SelectionStatus.FEASIBLE;
    }

    void confirm(String by, Instant at) {
        if (!hasCohort()) {
            throw new IllegalStateException("A run without a cohort cannot be confirmed");
        }
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public String getRunBy() { return runBy; }
    public Instant getRunAt() { return runAt; }
    public SelectionStatus getStatus() { return status; }
    public BigDecimal getTotalScore() { return totalScore; }
    public int getUnscored() { return unscored; }
    String getRequest() { return request; }
    String getResponse() { return response; }
    String getReasons() { return reasons; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
}

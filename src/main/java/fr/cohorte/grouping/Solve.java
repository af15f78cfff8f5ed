package fr.cohorte.grouping;

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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * The latest solve of a session's working groups, as it stands in the database: which rounds it was
 * forming, when it started and ended, and why it failed if it did. The live figures of a running
 * solve stay in memory ({@link GroupSolving#progress}); this record outlives the application, so
 * that a solve cut short by a stop shows as interrupted at the next start.
 */
@Entity
@Table(name = "grouping_solve")
public class Solve {

    public enum State {
        SOLVING,
        SUCCEEDED,
        FAILED
    }

    @Id
    private Long sessionId;

    @Enumerated(EnumType.STRING)
    private State state;

    private String failure;
    private int timeLimitSeconds;
    private Instant startedAt;
    private Instant finishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grouping_solve_round", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "round_id")
    private Set<Long> roundIds = new HashSet<>();

    protected Solve() {
    }

    Solve(Long sessionId) {
        this.sessionId = sessionId;
    }

    void start(Set<Long> rounds, int timeLimit, Instant when) {
        state = State.SOLVING;
        failure = null;
        roundIds.clear();
        roundIds.addAll(rounds);
        timeLimitSeconds = timeLimit;
        startedAt = when;
        finishedAt = null;
    }

    void succeed(Instant when) {
        state = State.SUCCEEDED;
        finishedAt = when;
    }

    void fail(String reason, Instant when) {
        state = State.FAILED;
        failure = reason;
        finishedAt = when;
    }

    /** Whether this solve was cut short by a stop of the application. */
    public boolean isInterrupted() {
        return state == State.FAILED && GroupSolving.INTERRUPTED.equals(failure);
    }

    /** Whether it was forming that round. */
    public boolean formed(Long roundId) {
        return roundIds.contains(roundId);
    }

    public Long getSessionId() {
        return sessionId;
    }

    public State getState() {
        return state;
    }

    public String getFailure() {
        return failure;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}

package fr.cohorte.publication;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The latest rendering of a publication's PDF, as the management page shows it while it runs: which
 * of the {@link #STEPS} it is at, and why it failed if it did. Kept in the database so that any
 * node can answer the page's polling.
 */
@Entity
@Table(name = "publication_rendering")
public class Rendering {

    /** Gathering the chapters, laying out the pages, storing the file. */
    public static final int STEPS = 3;

    @Id
    private Long publicationId;

    @Enumerated(EnumType.STRING)
    private RenderingState state;

    private int step;
    private String failure;
    private Instant startedAt;
    private Instant finishedAt;

    protected Rendering() {
    }

    public Rendering(Long publicationId) {
        this.publicationId = publicationId;
    }

    public void start(Instant when) {
        state = RenderingState.RENDERING;
        step = 1;
        failure = null;
        startedAt = when;
        finishedAt = null;
    }

    public void reach(int step) {
        this.step = step;
    }

    public void succeed(Instant when) {
        state = RenderingState.SUCCEEDED;
        step = STEPS;
        finishedAt = when;
    }

    public void fail(String reason, Instant when) {
        state = RenderingState.FAILED;
        failure = reason;
        finishedAt = when;
    }

    public boolean isRunning() {
        return state == RenderingState.RENDERING;
    }

    public Long getPublicationId() {
        return publicationId;
    }

    public RenderingState getState() {
        return state;
    }

    public int getStep() {
        return step;
    }

    public int getSteps() {
        return STEPS;
    }

    /** How far along, in percent, for the progress bar. */
    public int getPercent() {
        return state == RenderingState.RENDERING ? (step - 1) * 100 / STEPS : 100;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}

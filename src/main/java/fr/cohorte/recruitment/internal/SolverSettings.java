package fr.cohorte.recruitment.internal;

/**
 * How CP-SAT searches. One worker with a fixed seed gives the same cohort for the same request every
 * time, even among equally scored cohorts; more workers may prove faster but may pick another tie.
 */
public record SolverSettings(int workers, int seed) {

    public static final SolverSettings REPRODUCIBLE = new SolverSettings(1, 1);
}

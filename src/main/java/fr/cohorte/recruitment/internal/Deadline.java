package fr.cohorte.recruitment.internal;

/**
 * When a request's time limit runs out, by {@link System#nanoTime()}: every solve a request makes
 * (the cohort, the conflicts, a forcing cost's two totals) shares it, so that the whole answer comes
 * within the limit rather than each solve taking all of it.
 */
record Deadline(long at) {

    /** What a solve leaves for explaining its cohort and writing the answer: a tenth of the time limit. */
    private static final double ANSWER_SHARE = 0.1;

    static Deadline after(long startedAt, int timeLimitSeconds) {
        return new Deadline(startedAt + timeLimitSeconds * 1_000_000_000L);
    }

    boolean passed() {
        return System.nanoTime() >= at;
    }

    double secondsLeft() {
        return Math.max(0, (at - System.nanoTime()) / 1e9);
    }

    /** The moment halfway to this one: for the first of two solves, so that the second has time too. */
    Deadline halfway() {
        long now = System.nanoTime();
        return new Deadline(now + Math.max(0, at - now) / 2);
    }

    /** The deadline of a solve whose answer still has to be explained and written: a tenth of the time limit earlier. */
    Deadline beforeAnswering(int timeLimitSeconds) {
        return new Deadline(at - (long) (timeLimitSeconds * 1e9 * ANSWER_SHARE));
    }
}

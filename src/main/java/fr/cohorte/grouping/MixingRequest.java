package fr.cohorte.grouping;

import java.util.List;

/**
 * What an integrator sends to have working groups formed: the participants, the rounds to plan,
 * the rounds already held (history, never changed), staff locks and "never together" pairs.
 * Absent lists are empty rather than null once {@link MixingProblem#of} has read them.
 *
 * @param timeLimitSeconds how long the solver may search; ten seconds when absent
 * @param seed             makes a solve repeatable; absent means a fixed default seed
 * @param weights          how much each rule counts; {@link MixingWeights#DEFAULT} when absent
 */
public record MixingRequest(
        List<ParticipantEntry> participants,
        List<RoundEntry> rounds,
        List<List<List<String>>> history,
        List<LockEntry> locks,
        List<List<String>> apart,
        Integer timeLimitSeconds,
        Long seed,
        MixingWeights weights) {

    /** A participant as the solver sees them: their horizon, and gender and organisation when known. */
    public record ParticipantEntry(String id, String background, String gender, String organisation) {
    }

    /**
     * A round to plan: either a number of groups (sizes then differ by at most one) or a size range
     * (as few groups as the largest size allows), and who is absent.
     */
    public record RoundEntry(Integer groups, Integer minSize, Integer maxSize, List<String> absent) {
    }

    /** Staff's decision that a participant sits in a given group of a given round (both counted from 0). */
    public record LockEntry(Integer round, String participant, Integer group) {
    }
}

package fr.cohorte.grouping;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a problem the mixing solver takes, from the API or from the staff pages (the README's
 * "API limits"). The search's memory grows with rounds x participants x groups and a step prices up
 * to rounds x participants^2 swaps: with these bounds the largest accepted problem keeps about 140 MB
 * of heap alive (210 MB when every person has a horizon and a gender of their own; bench/limits) and
 * is answered within a 256 MB heap. A session has about 30 participants and 10 to 20 rounds; the
 * benchmarks go to a few hundred and a few dozen.
 *
 * @param maxParticipants participants of a request
 * @param maxRounds       rounds to plan
 * @param maxHistory      rounds already held
 * @param maxGroups       groups of one round, planned or held
 */
@ConfigurationProperties("cohorte.mixing")
public record MixingLimits(
        @DefaultValue("500") int maxParticipants,
        @DefaultValue("50") int maxRounds,
        @DefaultValue("50") int maxHistory,
        @DefaultValue("100") int maxGroups) {

    /** Characters of an id, a horizon, a gender or an organisation: ids come back in every round of the answer. */
    public static final int MAX_TEXT_LENGTH = 200;
}

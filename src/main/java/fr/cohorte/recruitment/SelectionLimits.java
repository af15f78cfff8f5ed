package fr.cohorte.recruitment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a selection request the engine takes, from the API or the staff pages (the README's "API
 * limits"). A national session selects about 30 among a few hundred applications; the benchmark goes
 * to 10,000. The explanations compare every waiting candidate with the seats, so seats multiply the
 * work as much as candidates do.
 *
 * @param maxCandidates applications of a request
 * @param maxQuotas     quotas of a request
 * @param maxSeats      seats to fill
 */
@ConfigurationProperties("cohorte.selection")
public record SelectionLimits(
        @DefaultValue("20000") int maxCandidates,
        @DefaultValue("200") int maxQuotas,
        @DefaultValue("1000") int maxSeats) {

    /** Characters of an id or of a field's value: both come back in the sentences of other candidates. */
    public static final int MAX_TEXT_LENGTH = 200;
}

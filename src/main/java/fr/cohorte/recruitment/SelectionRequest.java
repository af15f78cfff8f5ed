package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.List;

/**
 * What staff or an integrator ask the selection for: a number of seats, the candidates with their
 * combined jury score, the quotas, and who must be in or out. Left-out settings take their defaults:
 * 30 seats, no cap per organisation, a 10-second time limit.
 */
public record SelectionRequest(
        Integer seats,
        List<Candidate> candidates,
        List<Quota> quotas,
        Integer maxPerOrganisation,
        List<String> forceIn,
        List<String> forceOut,
        Integer timeLimitSeconds) {

    public static final int DEFAULT_SEATS = 30;
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 10;

    public SelectionRequest {
        candidates = candidates == null ? List.of() : candidates;
        quotas = quotas == null ? List.of() : quotas;
        forceIn = forceIn == null ? List.of() : forceIn;
        forceOut = forceOut == null ? List.of() : forceOut;
    }

    public int seatsOrDefault() {
        return seats == null ? DEFAULT_SEATS : seats;
    }

    public int timeLimitSecondsOrDefault() {
        return timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
    }

    /** An application as the selection sees it: the combined jury score and the fields quotas may count. */
    public record Candidate(String id, BigDecimal score, String background, String gender, String organisation, String region) {
    }

    /**
     * At least {@code min} and at most {@code max} selected candidates whose {@code attribute} (any
     * candidate field: background, gender, organisation, region) equals {@code value}. A missing bound
     * does not constrain.
     */
    public record Quota(String attribute, String value, Integer min, Integer max) {
    }
}

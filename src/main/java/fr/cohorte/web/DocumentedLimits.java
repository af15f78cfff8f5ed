package fr.cohorte.web;

import java.util.List;

/**
 * The size limits of one part of the API, as its module sets them, for the API's description
 * (OpenAPI at {@code /api/v1/openapi}, the staff page {@code /staff/api}). A module declares a bean of
 * this type beside the limits it enforces, so that the description shows the values in force.
 *
 * @param pathPrefix the calls it bounds, such as {@code /api/v1/mixing/}
 * @param limits     each limit, by the name its problem gives ({@code limit} in a limit-exceeded problem)
 */
public record DocumentedLimits(String pathPrefix, List<Limit> limits) {

    /**
     * @param name    the limit's name, as a problem names it
     * @param maximum the largest value accepted
     * @param setting the environment variable that changes it, or {@code null}
     */
    public record Limit(String name, long maximum, String setting) {
    }
}

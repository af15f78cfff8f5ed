package fr.cohorte.knowledge;

import java.util.Map;

/**
 * How many practices of a filtered list fall under each value of each facet, counted by the same
 * query as the list: a count never includes a practice the list would not show.
 */
public record PracticeFacets(Map<Long, Long> types, Map<String, Long> regions, Map<String, Long> departments,
                             Map<String, Long> countries, Map<Long, Long> domains, Map<Integer, Long> sessions,
                             Map<PracticeEvidence, Long> evidence) {

    public long region(String code) {
        return regions.getOrDefault(code, 0L);
    }

    public long department(String code) {
        return departments.getOrDefault(code, 0L);
    }

    /** The largest count on the map, so that shades run from none to the most. */
    public long mostInOneRegion() {
        return regions.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    public long mostInOneDepartment() {
        return departments.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

}

package fr.cohorte.grouping;

/**
 * Where a round is held and how its groups are sized: a number of groups (sizes then differ by at
 * most one), or, when it is null, a range of group sizes.
 */
public record RoundSizing(Long seminarId, Long activityId, Integer groupCount, Integer minSize, Integer maxSize) {
}

package fr.cohorte.directory;

/**
 * A reason two persons cannot be merged as they are, said in the staff member's words: a message
 * code of the bundles and its arguments.
 */
public record MergeObstacle(String code, Object... args) {
}

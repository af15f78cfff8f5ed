package fr.cohorte.directory;

/**
 * A reason an operation on a person cannot go ahead (merging, erasing), said in the staff member’s words: a message
 * code of the bundles and its arguments.
 */
public record Obstacle(String code, Object... args) {
}

package fr.cohorte.search;

/**
 * One item found, as the results page shows it.
 *
 * @param id      the entity's identifier, unique within its kind
 * @param title   the title as HTML: escaped, with {@code <mark>} around the words found
 * @param snippet passages of the text as HTML, escaped, with {@code <mark>} around the words found
 * @param session the session's number, or null
 */
public record SearchHit(String kind, Object id, String title, String snippet, Integer session, String url) {
}

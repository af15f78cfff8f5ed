package fr.cohorte.search;

import java.util.Set;

/**
 * The visibility keys a module gives a reader: the session module says "this reader is a participant
 * of session 34" ({@code cohort:34}). A bean per module; the search adds {@code public} for everyone,
 * {@code staff} for staff and administrators and {@code person:<id>} for the reader's own person.
 */
public interface ReaderKeys {

    Set<String> keysOf(SearchReader reader);
}

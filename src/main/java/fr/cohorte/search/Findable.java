package fr.cohorte.search;

import java.util.Optional;

/**
 * An entity marked {@link Searchable}: what the search shows of it and who may see it. Called when the
 * entity is written and by a full reindex, inside a Hibernate session: it may read the entity's
 * associations, never the database otherwise.
 */
public interface Findable {

    /** The entry, or empty when nobody may find the item at all (an erased person, for example). */
    Optional<SearchEntry> searchEntry();
}

package fr.cohorte.publication.internal;

import java.util.Set;
import java.util.stream.Collectors;

import fr.cohorte.search.ReaderKeys;
import fr.cohorte.search.SearchReader;
import fr.cohorte.search.VisibilityKey;
import fr.cohorte.web.ScopedAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A coordinator of a book reads what its session's coordinators may see ({@code coordinators:<number>}). */
@Component
class CoordinatorReaderKeys implements ReaderKeys {

    private final PublicationRepository publications;

    CoordinatorReaderKeys(PublicationRepository publications) {
        this.publications = publications;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> keysOf(SearchReader reader) {
        Set<Long> coordinated = reader.scopes(ScopedAccess.COORDINATOR);
        if (coordinated.isEmpty()) {
            return Set.of();
        }
        return publications.sessionNumbersOf(coordinated).stream().map(VisibilityKey::coordinators).collect(Collectors.toSet());
    }
}

package fr.cohorte.publication.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cohorte.knowledge.SessionCoordinators;

/** A coordinator of a book coordinates its session's notes, practices and recommendations. */
@Component
class BookSessionCoordinators implements SessionCoordinators {

    private final PublicationRepository publications;

    BookSessionCoordinators(PublicationRepository publications) {
        this.publications = publications;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Integer> sessionsOf(Collection<Long> coordinatedPublicationIds) {
        if (coordinatedPublicationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(publications.sessionNumbersOf(coordinatedPublicationIds));
    }
}

package fr.cohorte.publication.internal;

import java.util.Optional;

import fr.cohorte.publication.PublicationCover;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicationCoverRepository extends JpaRepository<PublicationCover, Long> {

    Optional<PublicationCover> findByPublicationId(long publicationId);

    /** What pages show of a cover, without reading its bytes. */
    Optional<CoverSummary> findSummaryByPublicationId(long publicationId);

    interface CoverSummary {
        Long getId();

        String getAlternativeText();
    }
}

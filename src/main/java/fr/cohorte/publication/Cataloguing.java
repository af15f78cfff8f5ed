package fr.cohorte.publication;

import java.time.Clock;

import fr.cohorte.publication.internal.PublicationRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Describing a publication: its title, identifiers and licence, as staff and its coordinators set them. */
@Service
public class Cataloguing {

    private final PublicationRepository publications;
    private final Clock clock;

    Cataloguing(PublicationRepository publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    /** A publication's description as last saved, and the version it was saved as. */
    public record Description(long publicationId, long version, PublicationMetadata metadata) {
    }

    @Transactional(readOnly = true)
    public Description description(long id) {
        Publication publication = publication(id);
        return new Description(id, publication.getVersion(), publication.metadata());
    }

    private Publication publication(long id) {
        return publications.findById(id).orElseThrow(() -> new PublicationNotFoundException(id));
    }

    /** Saves the description made on the version the editor saw; harvesters will fetch the record again. */
    @Transactional
    public Description describe(long id, long seenVersion, PublicationMetadata metadata) {
        Publication publication = publication(id);
        if (publication.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Publication.class, id);
        }
        publication.describe(metadata, clock.instant());
        Publication saved = publications.saveAndFlush(publication);
        return new Description(id, saved.getVersion(), saved.metadata());
    }
}

package fr.cohorte.publication.internal;

import fr.cohorte.publication.PublicationEpub;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicationEpubRepository extends JpaRepository<PublicationEpub, Long> {
}

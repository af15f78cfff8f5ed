package fr.cohorte.publication.internal;

import fr.cohorte.publication.PublicationFile;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicationFileRepository extends JpaRepository<PublicationFile, Long> {
}

package fr.cohorte.publication.internal;

import java.util.List;

import fr.cohorte.publication.Publication;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findAllByOrderByIdAsc();
}

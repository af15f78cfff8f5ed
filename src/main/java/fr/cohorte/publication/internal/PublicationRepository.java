package fr.cohorte.publication.internal;

import java.util.Collection;
import java.util.List;

import fr.cohorte.publication.Publication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findAllByOrderByIdAsc();

    @Query("select p.session.number from Publication p where p.id in :ids and p.session is not null")
    List<Integer> sessionNumbersOf(Collection<Long> ids);
}

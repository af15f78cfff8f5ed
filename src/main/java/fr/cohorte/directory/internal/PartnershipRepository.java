package fr.cohorte.directory.internal;

import java.util.List;

import fr.cohorte.directory.Partnership;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    @Query("select p from Partnership p join fetch p.organisation join fetch p.partner order by p.startDate desc nulls last, p.id")
    List<Partnership> findAllWithOrganisations();
}

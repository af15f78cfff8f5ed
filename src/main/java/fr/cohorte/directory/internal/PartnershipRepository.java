package fr.cohorte.directory.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.directory.Partnership;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    @Query("select p from Partnership p join fetch p.organisation join fetch p.partner order by p.startDate desc nulls last, p.id")
    List<Partnership> findAllWithOrganisations();

    @Query("select p from Partnership p join fetch p.organisation join fetch p.partner where p.id = :id")
    Optional<Partnership> findWithOrganisationsById(Long id);

    @Query("""
            select p from Partnership p join fetch p.organisation join fetch p.partner
            where p.organisation.id = :organisationId or p.partner.id = :organisationId
            order by p.startDate desc nulls last, p.id""")
    List<Partnership> findAllOfOrganisation(Long organisationId);
}

package fr.cohorte.directory.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.directory.Organisation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

    List<Organisation> findAllByOrderByNameAsc();

    @Query("select o from Organisation o where lower(o.name) = lower(:name) or lower(o.shortName) = lower(:name)")
    List<Organisation> findByNameOrShortName(String name);

    Optional<Organisation> findFirstByShortNameIgnoreCase(String shortName);
}

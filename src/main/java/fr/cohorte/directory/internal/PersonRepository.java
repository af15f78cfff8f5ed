package fr.cohorte.directory.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.directory.Person;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    /** Pages show a person's organisation and horizon: load them with the person. */
    @EntityGraph(attributePaths = {"organisation", "background"})
    Optional<Person> findWithDetailsById(Long id);

    @Override
    @EntityGraph(attributePaths = {"organisation", "background"})
    Page<Person> findAll(Specification<Person> specification, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"organisation", "background"})
    List<Person> findAll(Specification<Person> specification, Sort sort);

    @Query("select p from Person p where lower(p.email) = lower(:email)")
    Optional<Person> findByEmail(String email);

    @Query("""
            select p from Person p where lower(p.givenName) = lower(:givenName) and lower(p.familyName) = lower(:familyName)
            and p.organisation.id = :organisationId""")
    List<Person> findSameNameInOrganisation(String givenName, String familyName, Long organisationId);

    /** Likely duplicates of a person: the same names, in any organisation. */
    @Query("""
            select p from Person p left join fetch p.organisation where lower(p.givenName) = lower(:givenName)
            and lower(p.familyName) = lower(:familyName) and p.id <> :exceptId order by p.id""")
    List<Person> findSameName(String givenName, String familyName, Long exceptId);

    @Query("select p.id from Person p where p.organisation.id = :organisationId")
    List<Long> idsInOrganisation(Long organisationId);
}

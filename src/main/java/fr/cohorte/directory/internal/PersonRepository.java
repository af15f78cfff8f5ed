package fr.cohorte.directory.internal;

import java.util.Optional;

import fr.cohorte.directory.Person;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("select p from Person p where lower(p.email) = lower(:email)")
    Optional<Person> findByEmail(String email);
}

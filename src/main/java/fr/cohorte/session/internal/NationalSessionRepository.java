package fr.cohorte.session.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.session.Session;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Named apart from Spring Session's own {@code sessionRepository} bean, which holds HTTP sessions. */
public interface NationalSessionRepository extends JpaRepository<Session, Long> {

    @EntityGraph(attributePaths = "seminars")
    List<Session> findAllByOrderByNumberDesc();

    @EntityGraph(attributePaths = {"seminars", "problemStatements"})
    Optional<Session> findByNumber(int number);
}

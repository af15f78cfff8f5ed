package fr.cohorte.session.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.session.Seminar;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SeminarRepository extends JpaRepository<Seminar, Long> {

    List<Seminar> findBySessionIdOrderByOrdinal(Long sessionId);

    @EntityGraph(attributePaths = "session")
    Optional<Seminar> findWithSessionById(Long id);

    boolean existsBySessionIdAndOrdinalAndIdNot(Long sessionId, int ordinal, Long id);

    boolean existsBySessionIdAndOrdinal(Long sessionId, int ordinal);
}

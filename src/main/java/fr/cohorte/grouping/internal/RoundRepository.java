package fr.cohorte.grouping.internal;

import java.util.List;

import fr.cohorte.grouping.Round;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoundRepository extends JpaRepository<Round, Long> {

    List<Round> findBySessionIdOrderByPosition(Long sessionId);

    @Query("select coalesce(max(r.position), 0) from Round r where r.sessionId = :sessionId")
    int lastPosition(Long sessionId);
}

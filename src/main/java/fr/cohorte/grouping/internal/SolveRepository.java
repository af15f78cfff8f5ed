package fr.cohorte.grouping.internal;

import fr.cohorte.grouping.Solve;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SolveRepository extends JpaRepository<Solve, Long> {

    @Modifying
    @Query("update Solve s set s.state = :failed, s.failure = :reason, s.finishedAt = current_timestamp where s.state = :running")
    int failAll(Solve.State running, Solve.State failed, String reason);
}

package fr.cohorte.recruitment.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.recruitment.SelectionRun;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelectionRunRepository extends JpaRepository<SelectionRun, Long> {

    List<SelectionRun> findBySessionIdOrderByRunAtDescIdDesc(Long sessionId);

    Optional<SelectionRun> findFirstBySessionIdAndConfirmedAtNotNullOrderByConfirmedAtDesc(Long sessionId);
}

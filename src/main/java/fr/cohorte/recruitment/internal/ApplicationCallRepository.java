package fr.cohorte.recruitment.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.recruitment.ApplicationCall;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationCallRepository extends JpaRepository<ApplicationCall, Long> {

    Optional<ApplicationCall> findBySessionId(Long sessionId);

    List<ApplicationCall> findBySelectionConfirmedAtIsNotNull();
}

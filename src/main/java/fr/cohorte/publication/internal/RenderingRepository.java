package fr.cohorte.publication.internal;

import fr.cohorte.publication.Rendering;
import fr.cohorte.publication.RenderingState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RenderingRepository extends JpaRepository<Rendering, Long> {

    @Modifying
    @Query("update Rendering r set r.state = :failed, r.failure = :reason, r.finishedAt = current_timestamp where r.state = :running")
    int failAll(RenderingState running, RenderingState failed, String reason);
}

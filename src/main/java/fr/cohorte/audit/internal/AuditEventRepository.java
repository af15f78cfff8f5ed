package fr.cohorte.audit.internal;

import fr.cohorte.audit.AuditEvent;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    Page<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

    @Modifying(flushAutomatically = true)
    @Query("update AuditEvent e set e.detail = null where e.target = :target")
    int clearDetails(String target);

    @Modifying(flushAutomatically = true)
    @Query("update AuditEvent e set e.actor = :replacement where lower(e.actor) = lower(:identity)")
    int replaceActor(String identity, String replacement);

    @Modifying(flushAutomatically = true)
    @Query("update AuditEvent e set e.target = :replacement where lower(e.target) = lower(:identity)")
    int replaceTarget(String identity, String replacement);

    @Modifying(flushAutomatically = true)
    @Query("update Revision r set r.author = :replacement where lower(r.author) = lower(:identity)")
    int replaceRevisionAuthor(String identity, String replacement);
}

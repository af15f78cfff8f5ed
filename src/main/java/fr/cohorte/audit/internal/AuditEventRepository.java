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
    @Query("update AuditEvent e set e.detail = null, e.detailArgs = null, e.changes = null where e.target = :target")
    int clearDetails(String target);

    @Modifying(flushAutomatically = true)
    @Query("update AuditEvent e set e.target = :newTarget where e.target = :target")
    int retarget(String target, String newTarget);

    @Modifying(flushAutomatically = true)
    @Query("update AuditEvent e set e.actor = :replacement where lower(e.actor) = lower(:identity)")
    int replaceActor(String identity, String replacement);

    @Modifying(flushAutomatically = true)
    @Query("update AuditEvent e set e.target = :replacement where lower(e.target) = lower(:identity)")
    int replaceTarget(String identity, String replacement);

    /** An identity given as an argument or as a changed value (an e-mail address changed) is replaced too. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update audit_event set
              detail_args = array(select case when lower(a) = lower(:identity) then :replacement else a end
                                  from unnest(detail_args) with ordinality as u(a, n) order by n),
              changes = array(select case when lower(a) = lower(:identity) then :replacement else a end
                              from unnest(changes) with ordinality as u(a, n) order by n)
            where exists (select 1 from unnest(coalesce(detail_args, '{}') || coalesce(changes, '{}')) x where lower(x) = lower(:identity))
            """)
    int replaceInArguments(String identity, String replacement);

    @Modifying(flushAutomatically = true)
    @Query("update Revision r set r.author = :replacement where lower(r.author) = lower(:identity)")
    int replaceRevisionAuthor(String identity, String replacement);
}

package fr.cohorte.mail.internal;

import java.time.Instant;
import java.util.List;

import fr.cohorte.mail.OutgoingMail;
import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    /** Rows another node is sending are skipped, not waited for: two nodes never send one mail. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select m from OutgoingMail m where m.sentAt is null and m.nextTryAt <= :now and m.attempts < :maxAttempts order by m.id")
    List<OutgoingMail> lockDue(Instant now, int maxAttempts, Limit limit);

    @Query("select count(m) from OutgoingMail m where m.sentAt is null and m.attempts < :maxAttempts")
    long countWaiting(int maxAttempts);

    @Query("select count(m) from OutgoingMail m where m.sentAt is null and m.attempts >= :maxAttempts")
    long countGivenUp(int maxAttempts);

    long deleteByRecipientIgnoreCase(String recipient);

    List<OutgoingMail> findByRecipientIgnoreCaseOrderByCreatedAtAscIdAsc(String recipient);
}

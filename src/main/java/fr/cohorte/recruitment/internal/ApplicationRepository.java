package fr.cohorte.recruitment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.cohorte.recruitment.Application;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    @Query("select count(a) > 0 from Application a where a.sessionId = :sessionId and lower(a.email) = lower(:email)")
    boolean existsBySessionAndEmail(Long sessionId, String email);

    boolean existsByEmailIgnoreCaseAndAnonymisedAtIsNull(String email);

    @Query("""
            select a from Application a where a.sessionId = :sessionId
              and (:pattern = '%%' or lower(a.givenName) like :pattern escape '!' or lower(a.familyName) like :pattern escape '!'
                   or lower(a.email) like :pattern escape '!' or lower(a.organisation) like :pattern escape '!')
              and (:background is null or a.background.id = :background)
              and (:gender is null or a.gender = :gender)
              and (:region is null or a.region = :region)
              and (:status is null or a.status = :status)""")
    Page<Application> search(Long sessionId, String pattern, Long background, fr.cohorte.recruitment.Gender gender,
                             fr.cohorte.recruitment.Region region, fr.cohorte.recruitment.ApplicationStatus status,
                             Pageable pageable);

    /** The applications a juror still scores: the search's, less those withdrawn or anonymised. */
    @Query("""
            select a from Application a where a.sessionId = :sessionId
              and a.status <> fr.cohorte.recruitment.ApplicationStatus.WITHDRAWN and a.anonymisedAt is null
              and (:pattern = '%%' or lower(a.givenName) like :pattern escape '!' or lower(a.familyName) like :pattern escape '!'
                   or lower(a.email) like :pattern escape '!' or lower(a.organisation) like :pattern escape '!')
              and (:background is null or a.background.id = :background)""")
    Page<Application> searchToScore(Long sessionId, String pattern, Long background, Pageable pageable);

    Optional<Application> findByWithdrawalTokenHash(String withdrawalTokenHash);

    /** Applications of a session in the given statuses, not kept for later and not yet anonymised. */
    @Query("""
            select a from Application a where a.sessionId = :sessionId and a.anonymisedAt is null
              and a.keepForLater = false and a.status in :statuses""")
    List<Application> dueForAnonymisation(Long sessionId, Collection<fr.cohorte.recruitment.ApplicationStatus> statuses);

    List<Application> findBySessionIdOrderByIdAsc(Long sessionId);

    /** The application of a withdrawal link, locked until the transaction ends: a double click withdraws it once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.withdrawalTokenHash = :hash")
    Optional<Application> lockByWithdrawalTokenHash(String hash);

    /** The application, locked until the transaction ends: jurors scoring it at once each see the other's marks. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = :id")
    Optional<Application> lockById(Long id);
}

package fr.cohorte.recruitment.internal;

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

    @Query("""
            select a from Application a where a.sessionId = :sessionId
              and (:pattern = '%%' or lower(a.givenName) like :pattern escape '!' or lower(a.familyName) like :pattern escape '!'
                   or lower(a.email) like :pattern escape '!' or lower(a.organisation) like :pattern escape '!')
              and (:background is null or a.background.id = :background)
              and (:gender is null or a.gender = :gender)
              and (:status is null or a.status = :status)""")
    Page<Application> search(Long sessionId, String pattern, Long background, fr.cohorte.recruitment.Gender gender,
                             fr.cohorte.recruitment.ApplicationStatus status, Pageable pageable);

    /** The application, locked until the transaction ends: jurors scoring it at once each see the other's marks. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = :id")
    Optional<Application> lockById(Long id);
}

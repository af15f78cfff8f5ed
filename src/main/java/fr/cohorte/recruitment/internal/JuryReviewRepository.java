package fr.cohorte.recruitment.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.recruitment.JuryReview;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface JuryReviewRepository extends JpaRepository<JuryReview, Long> {

    List<JuryReview> findByApplicationIdOrderByJurorAsc(Long applicationId);

    Optional<JuryReview> findByApplicationIdAndJuror(Long applicationId, String juror);

    @Query("select r from JuryReview r where r.juror = :juror and r.applicationId in "
            + "(select a.id from Application a where a.sessionId = :sessionId)")
    List<JuryReview> findBySessionAndJuror(Long sessionId, String juror);

    @Query("select r from JuryReview r where r.applicationId in (select a.id from Application a where a.sessionId = :sessionId)")
    List<JuryReview> findBySession(Long sessionId);

    @Modifying
    @Query("update JuryReview r set r.juror = :pseudonym where r.juror = :juror")
    int renameJuror(String juror, String pseudonym);

    /** Jurors' comments may name the applicant: they go when the application is anonymised; marks stay. */
    @Modifying
    @Query("update JuryReview r set r.comment = null where r.applicationId = :applicationId")
    int clearComments(Long applicationId);
}

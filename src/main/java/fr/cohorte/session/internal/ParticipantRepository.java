package fr.cohorte.session.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.session.Participant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    interface BackgroundCount {
        Long getBackgroundId();

        long getCount();
    }

    @Query("""
            select p.backgroundId as backgroundId, count(p) as count
            from Participant p where p.session.id = :sessionId group by p.backgroundId""")
    List<BackgroundCount> countByBackground(Long sessionId);

    @Query("select p from Participant p where p.session.id = :sessionId and p.personId = :personId")
    Optional<Participant> findInSession(Long sessionId, Long personId);

    @Query("select p.session.number from Participant p where p.personId = :personId")
    List<Integer> sessionNumbersOf(Long personId);
}

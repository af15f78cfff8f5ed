package fr.cohorte.knowledge.internal;

import java.util.Collection;
import java.util.List;

import fr.cohorte.knowledge.Recommendation;
import fr.cohorte.knowledge.RecommendationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    @Query("select r from Recommendation r join r.practiceIds p where p = :practiceId order by r.title")
    List<Recommendation> findResting(long practiceId);

    List<Recommendation> findByStatusOrderByTitle(RecommendationStatus status);

    List<Recommendation> findAllByOrderByUpdatedAtDescIdDesc();

    @Query("select r from Recommendation r where r.sessionNumber in :sessions order by r.updatedAt desc, r.id desc")
    List<Recommendation> findBySessions(Collection<Integer> sessions);
}

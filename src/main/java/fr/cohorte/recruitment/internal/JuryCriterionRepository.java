package fr.cohorte.recruitment.internal;

import java.math.BigDecimal;
import java.util.List;

import fr.cohorte.recruitment.JuryCriterion;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JuryCriterionRepository extends JpaRepository<JuryCriterion, Long> {

    List<JuryCriterion> findBySessionIdOrderByPositionAscIdAsc(Long sessionId);

    @Query(value = "select count(*) from jury_mark where criterion_id = :criterionId", nativeQuery = true)
    long countMarks(Long criterionId);

    @Query(value = "select max(mark) from jury_mark where criterion_id = :criterionId", nativeQuery = true)
    BigDecimal highestMark(Long criterionId);
}

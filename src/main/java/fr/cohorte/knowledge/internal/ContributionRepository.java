package fr.cohorte.knowledge.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.knowledge.Contribution;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ContributionRepository extends JpaRepository<Contribution, Long> {

    /** The contribution, locked until the transaction ends: saves of one contribution take their turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Contribution c where c.id = :id")
    Optional<Contribution> lockById(long id);

    List<Contribution> findBySessionNumberOrderByUpdatedAtDescIdDesc(int sessionNumber);

    @Query("select c from Contribution c join c.authorIds a where a = :personId")
    List<Contribution> findByAuthor(Long personId);

    @Query("select c from Contribution c where c.approvedByPersonId = :personId")
    List<Contribution> findByApprover(Long personId);
}

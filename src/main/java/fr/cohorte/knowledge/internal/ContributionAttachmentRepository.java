package fr.cohorte.knowledge.internal;

import java.util.List;

import fr.cohorte.knowledge.ContributionAttachment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ContributionAttachmentRepository extends JpaRepository<ContributionAttachment, Long> {

    List<ContributionAttachment> findByContributionIdOrderByAddedAtAscIdAsc(long contributionId);

    @Modifying
    @Query("update ContributionAttachment a set a.addedByPersonId = null where a.addedByPersonId = :personId")
    int forgetAdder(Long personId);

    @Modifying
    @Query("update ContributionAttachment a set a.addedByPersonId = :keptId where a.addedByPersonId = :mergedId")
    int moveAdder(Long mergedId, Long keptId);
}

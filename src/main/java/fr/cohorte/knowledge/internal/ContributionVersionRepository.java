package fr.cohorte.knowledge.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.knowledge.ContributionVersion;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ContributionVersionRepository extends JpaRepository<ContributionVersion, Long> {

    List<ContributionVersion> findByContributionIdOrderByNumberDesc(long contributionId);

    Optional<ContributionVersion> findByContributionIdAndNumber(long contributionId, int number);

    @Modifying
    @Query("update ContributionVersion v set v.savedByPersonId = null where v.savedByPersonId = :personId")
    int forgetSaver(Long personId);

    @Modifying
    @Query("update ContributionVersion v set v.savedByPersonId = :keptId where v.savedByPersonId = :mergedId")
    int moveSaver(Long mergedId, Long keptId);

    @Modifying
    @Query("delete from ContributionVersion v where v.contributionId = :contributionId")
    void deleteByContribution(long contributionId);
}

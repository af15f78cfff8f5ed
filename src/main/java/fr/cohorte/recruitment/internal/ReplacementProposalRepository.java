package fr.cohorte.recruitment.internal;

import fr.cohorte.recruitment.ReplacementProposal;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplacementProposalRepository extends JpaRepository<ReplacementProposal, Long> {
}

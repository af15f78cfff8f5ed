package fr.cohorte.recruitment.internal;

import fr.cohorte.recruitment.CurriculumVitae;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CurriculumVitaeRepository extends JpaRepository<CurriculumVitae, Long> {
}

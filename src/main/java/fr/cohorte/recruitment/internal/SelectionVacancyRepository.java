package fr.cohorte.recruitment.internal;

import java.util.List;

import fr.cohorte.recruitment.SelectionVacancy;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelectionVacancyRepository extends JpaRepository<SelectionVacancy, Long> {

    List<SelectionVacancy> findBySessionIdOrderByOpenedAtAscIdAsc(Long sessionId);
}

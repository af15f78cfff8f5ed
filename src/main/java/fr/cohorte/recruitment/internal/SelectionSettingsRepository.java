package fr.cohorte.recruitment.internal;

import fr.cohorte.recruitment.SelectionSettings;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelectionSettingsRepository extends JpaRepository<SelectionSettings, Long> {
}

package fr.cohorte.grouping.internal;

import fr.cohorte.grouping.GroupingSettings;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupingSettingsRepository extends JpaRepository<GroupingSettings, Long> {
}

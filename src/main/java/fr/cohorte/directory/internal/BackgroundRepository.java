package fr.cohorte.directory.internal;

import java.util.List;

import fr.cohorte.directory.Background;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BackgroundRepository extends JpaRepository<Background, Long> {

    List<Background> findAllByOrderByPositionAsc();
}

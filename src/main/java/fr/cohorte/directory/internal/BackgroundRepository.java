package fr.cohorte.directory.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.directory.Background;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BackgroundRepository extends JpaRepository<Background, Long> {

    List<Background> findAllByOrderByPositionAsc();

    @Query("select b from Background b where lower(b.code) = lower(:text) or lower(b.labelFr) = lower(:text) or lower(b.labelEn) = lower(:text)")
    Optional<Background> findByCodeOrLabel(String text);
}

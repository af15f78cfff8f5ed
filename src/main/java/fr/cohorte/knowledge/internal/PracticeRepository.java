package fr.cohorte.knowledge.internal;

import java.util.Collection;
import java.util.List;

import fr.cohorte.knowledge.Practice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

    @Query("select p from Practice p where p.sessionNumber in :sessions order by p.updatedAt desc, p.id desc")
    List<Practice> findBySessions(Collection<Integer> sessions);

    List<Practice> findAllByOrderByUpdatedAtDescIdDesc();

    @Query("select count(p) > 0 from Practice p where p.type.id = :termId or exists (select 1 from p.domains d where d.id = :termId)"
            + " or exists (select 1 from p.targetPublics t where t.id = :termId)")
    boolean carriesTerm(long termId);
}

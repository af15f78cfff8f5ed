package fr.cohorte.grouping.internal;

import java.util.List;

import fr.cohorte.session.ActivityDependents;
import fr.cohorte.web.Consequences;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** Rounds of working groups held during an activity: they stay when it is deleted, without an activity. */
@Component
class RoundsOfActivities implements ActivityDependents {

    private final EntityManager entityManager;

    RoundsOfActivities(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Consequences.Line> tiedTo(long activityId) {
        long rounds = ((Number) entityManager.createNativeQuery("select count(*) from work_round where activity_id = :activity")
                .setParameter("activity", activityId).getSingleResult()).longValue();
        return rounds == 0 ? List.of() : List.of(new Consequences.Line("confirm.activity.rounds", rounds));
    }
}

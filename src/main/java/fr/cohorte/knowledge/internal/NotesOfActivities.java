package fr.cohorte.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

import fr.cohorte.session.ActivityDependents;
import fr.cohorte.web.Consequences;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** Notes written on an activity and practices citing it as a source: they stay when it is deleted, without it. */
@Component
class NotesOfActivities implements ActivityDependents {

    private final EntityManager entityManager;

    NotesOfActivities(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Consequences.Line> tiedTo(long activityId) {
        List<Consequences.Line> lines = new ArrayList<>();
        long notes = count("select count(*) from contribution where activity_id = :activity", activityId);
        if (notes > 0) {
            lines.add(new Consequences.Line("confirm.activity.notes", notes));
        }
        long sources = count("select count(*) from practice_source where activity_id = :activity", activityId);
        if (sources > 0) {
            lines.add(new Consequences.Line("confirm.activity.sources", sources));
        }
        return lines;
    }

    private long count(String sql, long activityId) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter("activity", activityId).getSingleResult()).longValue();
    }
}

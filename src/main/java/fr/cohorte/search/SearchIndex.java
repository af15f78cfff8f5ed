package fr.cohorte.search;

import java.util.Collection;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the changes the index cannot see: a bulk update in SQL moves rows without entity events, so the
 * module that runs it names the items it touched. They are written again (or removed, when gone) when
 * the transaction commits, with the rest of its indexing work; a rollback leaves the index as it was.
 */
@Service
public class SearchIndex {

    private final EntityManager entityManager;

    SearchIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Writes again the entries of these items of a {@link Searchable} type, read from the database as they are now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reindex(Class<?> type, Collection<?> ids) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        for (Object id : ids) {
            Object entity = entityManager.find(type, id);
            if (entity == null) {
                plan.purge(type, id, null);
            } else {
                plan.addOrUpdate(entity);
            }
        }
    }
}

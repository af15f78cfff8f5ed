package fr.cohorte.search.internal;

import fr.cohorte.search.Findable;
import fr.cohorte.search.Reindexing;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An index that holds nothing (a first start, a new node's disk, an index folder removed) is filled
 * from the database once the application is ready, after the demo data: rows written in SQL (the demo,
 * an upgrade's migrations) never went through the index.
 */
@Component
class StartupIndexing {

    private static final Logger log = LoggerFactory.getLogger(StartupIndexing.class);

    private final EntityManagerFactory entityManagerFactory;
    private final Reindexing reindexing;

    StartupIndexing(EntityManagerFactory entityManagerFactory, Reindexing reindexing) {
        this.entityManagerFactory = entityManagerFactory;
        this.reindexing = reindexing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillAnEmptyIndex() {
        if (count() == 0 && reindexing.start(false)) {
            log.info("The search index is empty: indexing the database in the background");
        }
    }

    private long count() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(Findable.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }
}

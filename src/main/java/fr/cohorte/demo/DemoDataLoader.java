package fr.cohorte.demo;

import javax.sql.DataSource;

import fr.cohorte.publication.BookRendering;
import fr.cohorte.publication.CatalogueEntry;
import fr.cohorte.publication.Publications;
import fr.cohorte.search.Reindexing;
import fr.cohorte.session.SessionCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the 34th session of the Intefp, so that a first start shows a real
 * session rather than empty pages. Runs in one transaction: the demo is there whole or not at all.
 */
@Component
@ConditionalOnBooleanProperty("cohorte.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

    static final String SCRIPT = "demo/session-34.sql";
    /** The cohort's notes, the practices drawn from them and the book's recommendations, after the session. */
    static final String KNOWLEDGE = "demo/knowledge-34.sql";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final SessionCatalogue sessions;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Publications publications;
    private final BookRendering rendering;
    private final DemoProperties properties;
    private final Reindexing reindexing;

    DemoDataLoader(SessionCatalogue sessions, DataSource dataSource, TransactionTemplate transaction,
                   Publications publications, BookRendering rendering, DemoProperties properties, Reindexing reindexing) {
        this.reindexing = reindexing;
        this.sessions = sessions;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.publications = publications;
        this.rendering = rendering;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!sessions.isEmpty()) {
            log.info("Demo data not loaded: the database already holds sessions");
            return;
        }
        ResourceDatabasePopulator script = new ResourceDatabasePopulator(new ClassPathResource(SCRIPT),
                new ClassPathResource(KNOWLEDGE));
        script.setSqlScriptEncoding("UTF-8");
        transaction.executeWithoutResult(status -> script.execute(dataSource));
        log.info("Demo data loaded: the 34th session is at /sessions/34");
        // The script writes in SQL, which no entity event sees: the search index is filled from the
        // database in the background, as an administrator's reindex would.
        reindexing.start(false);
        if (properties.renderBook()) {
            // In the background, so that the first page is served while the book's PDF is being made.
            publications.all().stream().map(CatalogueEntry::id).forEach(rendering::start);
        }
    }
}

package fr.cohorte.search;

import fr.cohorte.CohorteTest;
import fr.cohorte.session.ActivityVisibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the outbox-polling coordination that several nodes use, Flyway's tables are the ones Hibernate
 * Search expects (the schema is validated at start), and a change reaches the index through the outbox.
 * The cluster itself is replaced by the embedded index: the coordination is the same for both backends.
 */
@CohorteTest(properties = {"spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling",
        // The outbox is read in the background: no waiting for the index at commit.
        "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy="})
class OutboxCoordinationTest {

    @Autowired SearchFixtures fixtures;

    @Test
    void aChangeReachesTheIndexThroughTheOutboxWhenNodesCoordinate() {
        fixtures.activity(fixtures.seminar(95, "Session de plusieurs nœuds"), "Audition des mareyeurs", null, ActivityVisibility.PUBLIC);
        // A bound, not a timing assertion: the outbox is read every 100 ms by the node's agent.
        await().atMost(Duration.ofSeconds(30)).until(() -> !fixtures.titles("mareyeurs", SearchReader.anonymous()).isEmpty());
        assertThat(fixtures.titles("mareyeurs", SearchReader.anonymous())).containsExactly("Audition des mareyeurs");
    }
}

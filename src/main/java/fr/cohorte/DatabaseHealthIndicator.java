package fr.cohorte;

import fr.cohorte.web.DatabaseAvailability;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, within a bounded wait. Spring Boot's own check waits as long as
 * the driver does: a frozen server (its processes stopped, its port still open) kept health from
 * answering at all, where an orchestrator needs a DOWN within seconds.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator {

    private final DatabaseAvailability database;

    DatabaseHealthIndicator(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    public Health health() {
        return database.answers() ? Health.up().build() : Health.down().build();
    }
}

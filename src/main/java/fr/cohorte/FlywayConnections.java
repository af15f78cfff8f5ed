package fr.cohorte;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Migrations connect on their own, outside the pool: the pool's connections cut any statement past
 * {@code cohorte.database.statement-timeout}, and an upgrade of a large database must not fail for
 * taking longer than a page may.
 */
@Component
class FlywayConnections implements FlywayConfigurationCustomizer {

    private final DataSource dataSource;

    FlywayConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (dataSource instanceof HikariDataSource pool) {
            configuration.dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
    }
}

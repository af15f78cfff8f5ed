package fr.cohorte;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the Maven artifact when no external database is configured, so that
 * running Cohorte needs nothing installed but a JDK. One server per data directory and JVM: test
 * contexts share it, each with a database of its own, and it stops when the last context closes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    @Bean
    EmbeddedPostgresLease embeddedPostgres(EmbeddedPostgresProperties properties, ApplicationEventPublisher events) {
        return EmbeddedPostgresLease.acquire(properties, events);
    }

    /** The same pool settings ({@code spring.datasource.hikari.*}: timeouts, size) as for an external database. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresLease server, EmbeddedPostgresProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("cohorte-embedded");
        return dataSource;
    }

    /**
     * A context's hold on the shared server; the server stops when nobody holds it any more. While
     * the server cannot be started again, the context's liveness is broken, so that an orchestrator
     * restarts the application.
     */
    static final class EmbeddedPostgresLease implements DisposableBean {

        private static final Map<Path, EmbeddedPostgresServer> servers = new HashMap<>();
        private static final Map<Path, Integer> holders = new HashMap<>();

        private final Path directory;
        private final EmbeddedPostgresServer server;
        private final Consumer<EmbeddedPostgresServer.Availability> liveness;

        private EmbeddedPostgresLease(Path directory, EmbeddedPostgresServer server, ApplicationEventPublisher events) {
            this.directory = directory;
            this.server = server;
            this.liveness = availability -> AvailabilityChangeEvent.publish(events, this,
                    availability == EmbeddedPostgresServer.Availability.GIVEN_UP ? LivenessState.BROKEN : LivenessState.CORRECT);
            server.onAvailabilityChange(liveness);
        }

        static synchronized EmbeddedPostgresLease acquire(EmbeddedPostgresProperties properties, ApplicationEventPublisher events) {
            Path directory = properties.dataDirectory().toAbsolutePath().normalize();
            EmbeddedPostgresServer server = servers.computeIfAbsent(directory, dir -> EmbeddedPostgresServer.start(dir, properties));
            holders.merge(directory, 1, Integer::sum);
            EmbeddedPostgresLease lease = new EmbeddedPostgresLease(directory, server, events);
            lease.createDatabaseIfMissing(properties.database());
            return lease;
        }

        String jdbcUrl(String database) {
            return server.jdbcUrl(database);
        }

        @Override
        public void destroy() {
            server.removeAvailabilityListener(liveness);
            synchronized (EmbeddedPostgresLease.class) {
                if (holders.merge(directory, -1, Integer::sum) > 0) {
                    return;
                }
                holders.remove(directory);
                servers.remove(directory);
                server.stop();
            }
        }

        private void createDatabaseIfMissing(String database) {
            try (Connection connection = server.maintenanceConnection();
                 PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
                try (Statement create = connection.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the database " + database, e);
            }
        }
    }
}

package fr.cohorte;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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
    EmbeddedPostgresLease embeddedPostgres(EmbeddedPostgresProperties properties) {
        return EmbeddedPostgresLease.acquire(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresLease server, EmbeddedPostgresProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("cohorte-embedded");
        return dataSource;
    }

    /** A context's hold on the shared server; the server stops when nobody holds it any more. */
    static final class EmbeddedPostgresLease implements DisposableBean {

        private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLease.class);
        private static final Map<Path, EmbeddedPostgres> servers = new HashMap<>();
        private static final Map<Path, Integer> holders = new HashMap<>();

        private final Path directory;
        private final EmbeddedPostgres server;

        private EmbeddedPostgresLease(Path directory, EmbeddedPostgres server) {
            this.directory = directory;
            this.server = server;
        }

        static synchronized EmbeddedPostgresLease acquire(EmbeddedPostgresProperties properties) {
            Path directory = properties.dataDirectory().toAbsolutePath().normalize();
            EmbeddedPostgres server = servers.computeIfAbsent(directory, dir -> start(dir, properties));
            holders.merge(directory, 1, Integer::sum);
            EmbeddedPostgresLease lease = new EmbeddedPostgresLease(directory, server);
            lease.createDatabaseIfMissing(properties.database());
            return lease;
        }

        String jdbcUrl(String database) {
            return server.getJdbcUrl("postgres", database);
        }

        @Override
        public void destroy() throws IOException {
            synchronized (EmbeddedPostgresLease.class) {
                if (holders.merge(directory, -1, Integer::sum) > 0) {
                    return;
                }
                holders.remove(directory);
                servers.remove(directory);
                server.close();
                log.info("Embedded PostgreSQL stopped, data kept in {}", directory);
            }
        }

        private static EmbeddedPostgres start(Path directory, EmbeddedPostgresProperties properties) {
            try {
                Files.createDirectories(directory.getParent());
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(properties.clean())
                        .setLocaleConfig("encoding", "UTF8");
                if (properties.port() != 0) {
                    builder.setPort(properties.port());
                }
                EmbeddedPostgres server = builder.start();
                log.info("Embedded PostgreSQL listening on localhost:{}, data in {}", server.getPort(), directory);
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
            }
        }

        private void createDatabaseIfMissing(String database) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
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

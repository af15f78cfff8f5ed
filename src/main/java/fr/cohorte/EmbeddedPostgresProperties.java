package fr.cohorte;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PostgreSQL that Cohorte starts itself when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param database      the database Cohorte uses inside that cluster, created when missing
 * @param port          the port to listen on, 0 for any free port (kept when the server is started again)
 * @param clean         wipe the data directory at start (tests only)
 * @param durable       fsync and synchronous commit on, so that a committed change survives a power
 *                      loss; only tests turn it off, for speed
 * @param startupWait   how long a start may take, crash recovery included
 * @param giveUpAfter   how long the server may stay down before the application reports itself
 *                      broken to its orchestrator (it keeps trying meanwhile)
 */
@ConfigurationProperties("cohorte.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("cohorte") String database,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("true") boolean durable,
        @DefaultValue("60s") Duration startupWait,
        @DefaultValue("2m") Duration giveUpAfter) {
}

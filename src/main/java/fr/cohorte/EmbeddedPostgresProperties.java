package fr.cohorte;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PostgreSQL that Cohorte starts itself when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param database      the database Cohorte uses inside that cluster, created when missing
 * @param port          the port to listen on, 0 for any free port
 * @param clean         wipe the data directory at start (tests only)
 */
@ConfigurationProperties("cohorte.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("cohorte") String database,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean) {
}

package fr.cohorte.publication;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param directory          where the publications' PDFs live ({@code $COHORTE_DATA_DIR/publications})
 * @param maxUploadSize      the largest PDF that may be uploaded instead of a rendered one
 * @param maxCoverSize       the largest cover image (PNG or JPEG) that may be uploaded
 * @param oaiPageSize        records per OAI-PMH answer before a resumption token
 * @param oaiAdminEmail      the address OAI-PMH's Identify gives harvesters
 * @param oaiRepositoryName  the repository's name in Identify
 * @param oaiRepositoryIdentifier the domain name in records' identifiers ({@code oai:<it>:publication/12});
 *                                it must not change once harvesters know the records
 * @param warmUpRenderer     render a short book in the background once the server is up, so that the
 *                           first real book renders as fast as the next ones
 */
@ConfigurationProperties("cohorte.publication")
public record PublicationProperties(
        @DefaultValue("data/publications") Path directory,
        @DefaultValue("100MB") DataSize maxUploadSize,
        @DefaultValue("5MB") DataSize maxCoverSize,
        @DefaultValue("50") int oaiPageSize,
        @DefaultValue("admin@cohorte.localhost") String oaiAdminEmail,
        @DefaultValue("Cohorte") String oaiRepositoryName,
        @DefaultValue("cohorte.localhost") String oaiRepositoryIdentifier,
        @DefaultValue("true") boolean warmUpRenderer) {
}

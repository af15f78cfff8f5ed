package fr.cohorte.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Documents attached to partnerships.
 *
 * @param maxSize the largest document accepted; keep it under {@code spring.servlet.multipart.max-file-size}
 */
@ConfigurationProperties("cohorte.partnership.document")
public record PartnershipDocumentProperties(@DefaultValue("10MB") DataSize maxSize) {

    /** The limit in megabytes, as forms and messages say it (a limit under one megabyte is not shown as zero). */
    public double megabytes() {
        return maxSize.toBytes() / (1024.0 * 1024.0);
    }
}

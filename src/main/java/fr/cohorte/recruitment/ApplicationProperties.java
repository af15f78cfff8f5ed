package fr.cohorte.recruitment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Applications.
 *
 * @param maxCvSize       the largest CV accepted; keep it under {@code spring.servlet.multipart.max-file-size}
 * @param retentionMonths how long after the selection the data of applicants not selected is kept, stated in the consent
 */
@ConfigurationProperties("cohorte.application")
public record ApplicationProperties(@DefaultValue("5MB") DataSize maxCvSize, @DefaultValue("3") int retentionMonths) {
}

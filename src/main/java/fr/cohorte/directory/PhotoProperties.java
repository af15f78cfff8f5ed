package fr.cohorte.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Person photos.
 *
 * @param maxSize the largest photo accepted; keep it under {@code spring.servlet.multipart.max-file-size}
 */
@ConfigurationProperties("cohorte.photo")
public record PhotoProperties(@DefaultValue("2MB") DataSize maxSize) {
}

package fr.cohorte.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What every call under {@code /api/} may send, whatever its route (the README's "API limits").
 *
 * @param maxBodySize  the largest body read; a larger one is refused with 413 before the rest of it is read
 * @param maxJsonDepth how deep objects and arrays may nest in a JSON body (the deepest request the API defines nests 4 levels)
 */
@ConfigurationProperties("cohorte.api")
public record ApiLimitProperties(@DefaultValue("4MB") DataSize maxBodySize, @DefaultValue("16") int maxJsonDepth) {
}

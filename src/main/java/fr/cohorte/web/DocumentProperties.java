package fr.cohorte.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Documents staff attach (an activity's files, a partnership's agreement and annexes).
 *
 * @param maxSize the largest document accepted
 */
@ConfigurationProperties("cohorte.document")
public record DocumentProperties(@DefaultValue("10MB") DataSize maxSize) {
}

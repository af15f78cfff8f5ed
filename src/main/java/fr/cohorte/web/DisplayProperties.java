package fr.cohorte.web;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pages show moments recorded by the system (logins, edits, audit entries).
 *
 * @param timeZone the zone those moments are shown in, whatever the server's own zone
 */
@ConfigurationProperties("cohorte.display")
public record DisplayProperties(@DefaultValue("Europe/Paris") ZoneId timeZone) {
}

package fr.cohorte.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The institute that runs the sessions, as its header and footer name it.
 *
 * @param name      full name, shown as the site's title
 * @param shortName acronym used where space is short
 */
@ConfigurationProperties("cohorte.institution")
public record InstitutionProperties(
        @DefaultValue("Institut national du travail, de l'emploi et de la formation professionnelle") String name,
        @DefaultValue("Intefp") String shortName) {
}

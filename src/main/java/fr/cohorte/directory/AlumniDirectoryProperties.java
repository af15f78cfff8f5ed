package fr.cohorte.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read the alumni directory (only people who opted in appear in it, with the fields they chose).
 *
 * @param directory {@code public}: anyone; {@code participants}: logged-in participants, staff and
 *                  administrators; {@code off}: nobody
 */
@ConfigurationProperties("cohorte.alumni")
public record AlumniDirectoryProperties(@DefaultValue("participants") Audience directory) {

    public enum Audience { PUBLIC, PARTICIPANTS, OFF }
}

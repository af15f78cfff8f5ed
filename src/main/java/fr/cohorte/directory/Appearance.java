package fr.cohorte.directory;

import java.time.LocalDate;

/**
 * One time a person or an organisation took part in a session's programme: a talk, a hosted
 * visit, or a talk by one of the organisation's members (then {@code personName} says who).
 */
public record Appearance(LocalDate date, int sessionNumber, String activityTitle, Role role, String personName) {

    public enum Role {
        SPEAKER,
        HOST,
        MEMBER_SPEAKER
    }
}

package fr.cohorte.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import fr.cohorte.directory.Backgrounds;
import fr.cohorte.directory.Civility;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.PersonDetails;
import fr.cohorte.directory.Persons;
import fr.cohorte.search.SearchReader;
import fr.cohorte.session.Activity;
import fr.cohorte.session.ActivityDetails;
import fr.cohorte.session.ActivityType;
import fr.cohorte.session.ActivityVisibility;
import fr.cohorte.session.Enrolment;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.SeminarDetails;
import fr.cohorte.session.Seminar;
import fr.cohorte.session.SessionDetails;
import fr.cohorte.session.SessionStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A session with a seminar, hearings, participants and a book (whose coordinators coordinate the session), made through the modules' services. */
@Component
class ContributionFixtures {

    private final ProgrammeEditor programme;
    private final Enrolment enrolment;
    private final Persons persons;
    private final Backgrounds backgrounds;
    private final JdbcTemplate jdbc;
    private int nextHour = 7;

    ContributionFixtures(ProgrammeEditor programme, Enrolment enrolment, Persons persons, Backgrounds backgrounds, JdbcTemplate jdbc) {
        this.programme = programme;
        this.enrolment = enrolment;
        this.persons = persons;
        this.backgrounds = backgrounds;
        this.jdbc = jdbc;
    }

    Seminar seminar(int sessionNumber) {
        programme.createSession(new SessionDetails(sessionNumber, "Coopérer pour l’emploi", null, LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 12, 31), SessionStatus.RUNNING, List.of()));
        return programme.createSeminar(sessionNumber, new SeminarDetails(1, "Rencontre de printemps", LocalDate.of(2031, 3, 10),
                LocalDate.of(2031, 3, 14), "Lyon", "FR", ZoneId.of("Europe/Paris"), false, null));
    }

    Activity hearing(Seminar seminar, String title, Set<Long> speakers) {
        Instant start = Instant.parse("2031-03-11T00:00:00Z").plusSeconds(3600L * nextHour++);
        return programme.createActivity(seminar.getId(), new ActivityDetails(ActivityType.EXPERT_HEARING, title, null,
                start, start.plusSeconds(1800), null, null, speakers, null, "fr", false, ActivityVisibility.PUBLIC, true));
    }

    Activity chathamHouseHearing(Seminar seminar, String title, Set<Long> speakers) {
        Activity activity = hearing(seminar, title, speakers);
        jdbc.update("update activity set chatham_house = true where id = ?", activity.getId());
        return activity;
    }

    Person person(String givenName, String familyName) {
        return persons.create(new PersonDetails(Civility.MS, givenName, familyName,
                (givenName + "." + familyName + "." + System.nanoTime() + "@exemple.test").toLowerCase(), null, null, null, null),
                null, null, true);
    }

    Person participant(int sessionNumber, String givenName, String familyName) {
        Person person = person(givenName, familyName);
        Long background = backgrounds.all().stream().findFirst()
                .orElseGet(() -> backgrounds.add("entreprise", "Entreprise", "Company")).getId();
        enrolment.enrol(programme.session(sessionNumber), person.getId(), background);
        return person;
    }

    /** The session's book: its coordinators coordinate the session. */
    long book(int sessionNumber) {
        return jdbc.queryForObject("insert into publication (title, language, session_id) values ('Le livre', 'fr', "
                + "(select id from session where number = ?)) returning id", Long.class, sessionNumber);
    }

    static SearchReader personOf(Person person) {
        return new SearchReader(person.getId(), Set.of("ROLE_PARTICIPANT"));
    }

    static SearchReader staff() {
        return new SearchReader(null, Set.of("ROLE_STAFF"));
    }

    static SearchReader coordinator(Person person, long book) {
        return new SearchReader(person.getId(), Set.of("ROLE_COORDINATOR", "COORDINATOR:" + book));
    }
}

package fr.cohorte.search;

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
import fr.cohorte.session.Activity;
import fr.cohorte.session.ActivityDetails;
import fr.cohorte.session.ActivityType;
import fr.cohorte.session.ActivityVisibility;
import fr.cohorte.session.Enrolment;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Seminar;
import fr.cohorte.session.SeminarDetails;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionDetails;
import fr.cohorte.session.SessionStatus;
import fr.cohorte.web.Paging;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Sessions, activities and people made through the modules' own services, so that the index sees them as the site writes them. */
@Component
class SearchFixtures {

    private final ProgrammeEditor programme;
    private final Enrolment enrolment;
    private final Persons persons;
    private final Backgrounds backgrounds;
    private final SiteSearch search;
    private int nextHour = 7;

    SearchFixtures(ProgrammeEditor programme, Enrolment enrolment, Persons persons, Backgrounds backgrounds, SiteSearch search) {
        this.programme = programme;
        this.enrolment = enrolment;
        this.persons = persons;
        this.backgrounds = backgrounds;
        this.search = search;
    }

    Seminar seminar(int sessionNumber, String theme) {
        programme.createSession(new SessionDetails(sessionNumber, theme, null, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31),
                SessionStatus.RUNNING, List.of()));
        return programme.createSeminar(sessionNumber, new SeminarDetails(1, "Rencontre de printemps", LocalDate.of(2031, 3, 10),
                LocalDate.of(2031, 3, 14), "Lyon", "FR", ZoneId.of("Europe/Paris"), false, null));
    }

    Activity activity(Seminar seminar, String title, String description, ActivityVisibility visibility) {
        Instant start = Instant.parse("2031-03-11T00:00:00Z").plusSeconds(3600L * nextHour++);
        return programme.createActivity(seminar.getId(), new ActivityDetails(ActivityType.EXPERT_HEARING, title, description,
                start, start.plusSeconds(1800), null, null, Set.of(), null, "fr", false, visibility, true));
    }

    Person person(String givenName, String familyName) {
        return persons.create(new PersonDetails(Civility.MS, givenName, familyName,
                (givenName + "." + familyName + "@exemple.test").toLowerCase(), null, null, null, null), null, null, true);
    }

    Person participant(Session session, String givenName, String familyName) {
        Person person = person(givenName, familyName);
        Long background = backgrounds.all().stream().findFirst()
                .orElseGet(() -> backgrounds.add("entreprise", "Entreprise", "Company")).getId();
        enrolment.enrol(session, person.getId(), background);
        return person;
    }

    SearchResults find(String q, SearchReader reader) {
        return search.find(SearchQuery.of(q), reader, Paging.first(10));
    }

    List<String> titles(String q, SearchReader reader) {
        return find(q, reader).hits().stream().map(hit -> HtmlUtils.htmlUnescape(hit.title().replaceAll("</?mark>", ""))).toList();
    }

    static SearchReader staff() {
        return new SearchReader(null, Set.of("ROLE_STAFF"));
    }

    static SearchReader personOf(Person person) {
        return new SearchReader(person.getId(), Set.of("ROLE_PARTICIPANT"));
    }
}

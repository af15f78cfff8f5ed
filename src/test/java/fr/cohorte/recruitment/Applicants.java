package fr.cohorte.recruitment;

import java.util.Locale;

import fr.cohorte.directory.Civility;
import fr.cohorte.session.Session;
import org.springframework.jdbc.core.JdbcTemplate;

/** Applications sent through the public desk, as tests of what follows them (the jury, the selection) need them. */
final class Applicants {

    private final Applications applications;
    private final JdbcTemplate jdbc;

    Applicants(Applications applications, JdbcTemplate jdbc) {
        this.applications = applications;
        this.jdbc = jdbc;
    }

    Application apply(Session session, String givenName, String familyName, String organisation) {
        String email = (givenName + "." + familyName + "." + session.getNumber() + "@example.org").toLowerCase(Locale.ROOT);
        return applications.submit(session, new ApplicantDetails(Civility.MS, givenName, familyName, email, null,
                organisation, "Directrice", ApplicationFormTest.localGovernment(jdbc), "Emploi", Region.OCCITANIE,
                Gender.FEMALE, "Faire coopérer les acteurs de l’emploi.", false),
                "cv.pdf", ApplicationFormTest.PDF, Locale.FRENCH);
    }
}

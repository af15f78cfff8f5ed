package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.Locale;

import fr.cohorte.directory.Civility;
import fr.cohorte.session.Session;
import org.springframework.jdbc.core.JdbcTemplate;

/** Applications to a session sent through the public desk, with the jury's combined score set as the jury would. */
final class Pools {

    static final String STATE = "selection-state";
    static final String UNION = "selection-union";
    static final String COMPANY = "selection-company";

    private final Applications applications;
    private final JdbcTemplate jdbc;

    Pools(Applications applications, JdbcTemplate jdbc) {
        this.applications = applications;
        this.jdbc = jdbc;
        background(STATE, "Administration de l’État", "State administration", 10);
        background(UNION, "Organisations syndicales", "Trade unions", 20);
        background(COMPANY, "Entreprises", "Companies", 30);
    }

    Long backgroundId(String code) {
        return jdbc.queryForObject("select id from background where code = ?", Long.class, code);
    }

    /** One application; a null score leaves it unscored. */
    Application apply(Session session, String givenName, String familyName, String background, Gender gender,
                      String organisation, Region region, String score) {
        Application application = applications.submit(session, new ApplicantDetails(
                gender == Gender.FEMALE ? Civility.MS : Civility.MR, givenName, familyName,
                (givenName + "." + familyName + "." + session.getNumber() + "@example.org").toLowerCase(Locale.ROOT), null,
                organisation, "Directeur·rice", backgroundId(background), "Secteur", region, gender, "Motivation.", false),
                "cv.pdf", ApplicationFormTest.PDF, Locale.FRENCH);
        if (score != null) {
            jdbc.update("update application set jury_score = ? where id = ?", new BigDecimal(score), application.getId());
        }
        return application;
    }

    private void background(String code, String fr, String en, int position) {
        jdbc.update("insert into background (code, label_fr, label_en, position) values (?, ?, ?, ?) on conflict (code) do nothing",
                code, fr, en, position);
    }
}

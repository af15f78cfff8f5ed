package fr.cohorte.account;

import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The right to rectification: a person corrects their own record; staff see the correction and who made it. */
@CohorteTest
class ProfileTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParticipantCorrectsTheirPhoneAndBioAndChoosesWhatTheAlumniDirectoryShows() {
        accounts.create("rectification@cohorte.test", RoleGrant.scoped(Role.PARTICIPANT, 34), "Le mot de passe de la rectification");
        accounts.create("service@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe du service");
        BrowserlessSession me = new BrowserlessSession(port);
        me.logIn("rectification@cohorte.test", "Le mot de passe de la rectification");
        me.get("/me");
        me.get(me.page().selectFirst("a#profile").attr("href"));

        Document refused = me.submit("/me/profile", Map.of("phone", "pas un numéro", "bio", "Inspectrice du travail à Lyon",
                "alumniOptIn", "true", "alumniFields", "ORGANISATION"));
        assertThat(refused.select(".fr-alert--error").text()).contains("Le formulaire contient des erreurs");
        assertThat(refused.select("#phone-messages").text()).contains("numéro de téléphone");
        assertThat(refused.select("textarea#bio").text()).isEqualTo("Inspectrice du travail à Lyon");
        assertThat(refused.select("input[name=alumniFields][value=ORGANISATION]").hasAttr("checked")).isTrue();

        Document saved = me.submit("/me/profile", Map.of("phone", "04 72 00 00 00", "bio", "Inspectrice du travail à Lyon",
                "languages", "français, allemand", "alumniOptIn", "true", "alumniFields", "ORGANISATION"));
        assertThat(saved.select(".fr-alert--success").text()).contains("enregistrées");
        assertThat(saved.select("input#phone").val()).isEqualTo("04 72 00 00 00");

        Long personId = jdbc.queryForObject("select person_id from account where email = ?", Long.class, "rectification@cohorte.test");
        assertThat(jdbc.queryForObject("select alumni_fields from person where id = ?", String.class, personId)).isEqualTo("ORGANISATION");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("service@cohorte.test", "Le mot de passe du service");
        Document record = staff.get("/directory/persons/" + personId);
        assertThat(record.select(".cohorte-facts").text()).contains("04 72 00 00 00").contains("français, allemand");
        assertThat(record.select("#history li").first().text()).contains("rectification@cohorte.test");
    }
}

package fr.cohorte.session;

import java.util.List;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** With the default setting, participants and staff read the alumni directory; it shows only what each alumnus chose. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class AlumniDirectoryTest {

    static final String PASSWORD = "Le mot de passe de l’annuaire";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** Each test says who opted in; what other tests sharing the application chose does not count. */
    @BeforeEach
    void nobodyOptedIn() {
        jdbc.update("update person set alumni_opt_in = false where alumni_opt_in");
    }

    @Test
    void onlyThoseWhoOptedInAppearWithOnlyTheFieldsTheyChose() {
        List<Long> cohort = jdbc.queryForList("""
                select p.id from person p join participant pa on pa.person_id = p.id join session s on s.id = pa.session_id
                where s.number = 34 and p.organisation_id is not null and p.anonymised_at is null order by p.id limit 3""", Long.class);
        jdbc.update("update person set alumni_opt_in = true, alumni_fields = 'ORGANISATION,SESSIONS' where id = ?", cohort.get(0));
        jdbc.update("update person set alumni_opt_in = true, alumni_fields = 'EMAIL', bio = 'Ne pas montrer' where id = ?", cohort.get(1));
        jdbc.update("update person set alumni_opt_in = false, alumni_fields = 'EMAIL' where id = ?", cohort.get(2));
        String organisation = jdbc.queryForObject("select o.name from person p join organisation o on o.id = p.organisation_id where p.id = ?",
                String.class, cohort.get(0));
        String secondOrganisation = jdbc.queryForObject("select o.name from person p join organisation o on o.id = p.organisation_id where p.id = ?",
                String.class, cohort.get(1));
        String secondEmail = jdbc.queryForObject("select email from person where id = ?", String.class, cohort.get(1));
        String hidden = jdbc.queryForObject("select family_name from person where id = ?", String.class, cohort.get(2));

        var anonymous = new WebClient(port).page("/alumni");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        accounts.create("ancienne@cohorte.test", RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);
        BrowserlessSession participant = new BrowserlessSession(port);
        participant.logIn("ancienne@cohorte.test", PASSWORD);
        Document directory = participant.get("/alumni");
        assertThat(directory.select("#alumni-directory > li")).hasSize(2);
        assertThat(directory.text()).doesNotContain(hidden);

        Element first = entryOf(directory, cohort.get(0));
        assertThat(first.text()).contains(organisation).contains("34e session nationale");
        Element second = entryOf(directory, cohort.get(1));
        assertThat(second.select("a[href^=mailto:]").text()).isEqualTo(secondEmail);
        assertThat(second.text()).doesNotContain(secondOrganisation).doesNotContain("Ne pas montrer").doesNotContain("34e");

        String familyName = jdbc.queryForObject("select family_name from person where id = ?", String.class, cohort.get(0));
        Document found = participant.get("/alumni?q=" + java.net.URLEncoder.encode(familyName, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.select("#alumni-directory > li h2").eachText()).allSatisfy(name -> assertThat(name).contains(familyName));
        Document byHiddenField = participant.get("/alumni?q=" + java.net.URLEncoder.encode(secondOrganisation, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(byHiddenField.select("#alumni-directory > li h2").eachText())
                .as("a field someone chose to hide does not find them").noneMatch(name -> second.text().contains(name));

        accounts.create("jure@cohorte.test", RoleGrant.scoped(Role.JURY, 34), PASSWORD);
        BrowserlessSession jury = new BrowserlessSession(port);
        jury.logIn("jure@cohorte.test", PASSWORD);
        jury.get("/alumni");
        assertThat(jury.status()).isEqualTo(403);
    }

    @Test
    void aPhotoIsServedOnlyForSomeoneWhoChoseToShowIt() {
        List<Long> cohort = jdbc.queryForList("""
                select p.id from person p join participant pa on pa.person_id = p.id join session s on s.id = pa.session_id
                where s.number = 34 and p.anonymised_at is null order by p.id desc limit 2""", Long.class);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        for (Long id : cohort) {
            jdbc.update("insert into person_photo (person_id, content, content_type) values (?, ?, 'image/png')", id, png);
        }
        jdbc.update("update person set alumni_opt_in = true, alumni_fields = 'PHOTO' where id = ?", cohort.get(0));
        jdbc.update("update person set alumni_opt_in = true, alumni_fields = 'BIO' where id = ?", cohort.get(1));
        accounts.create("photos-anciens@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("photos-anciens@cohorte.test", PASSWORD);

        Document directory = staff.get("/alumni");
        assertThat(entryOf(directory, cohort.get(0)).select("img").attr("src")).isEqualTo("/alumni/" + cohort.get(0) + "/photo");
        assertThat(staff.download("/alumni/" + cohort.get(0) + "/photo").body()).isEqualTo(png);
        assertThat(entryOf(directory, cohort.get(1)).select("img")).isEmpty();
        assertThat(staff.download("/alumni/" + cohort.get(1) + "/photo").statusCode()).isEqualTo(404);
    }

    private static Element entryOf(Document directory, Long personId) {
        Element entry = directory.selectFirst("#alumni-directory > li[data-person=" + personId + "]");
        assertThat(entry).as("entry of person " + personId).isNotNull();
        return entry;
    }
}

package fr.cohorte.directory;

import java.util.List;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.AccessTokens;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.account.TokenScope;
import fr.cohorte.session.CohortComposition;
import fr.cohorte.session.SessionCatalogue;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The right to erasure: the person becomes anonymous everywhere, their relations stay countable. */
// Erasing or merging demo participants changes the cohort other tests read: they get a fresh application.
@DirtiesContext
@CohorteTest(properties = "cohorte.demo.enabled=true")
class PersonErasureTest {

    static final String STAFF = "effacement@cohorte.test";
    static final String STAFF_PASSWORD = "Le mot de passe de l’effacement";
    static final String PARTICIPANT_PASSWORD = "Le mot de passe de l’auditrice";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    SessionCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void erasingAParticipantForgetsWhoTheyWereButKeepsTheCompositionOfTheirSession() {
        Long personId = jdbc.queryForObject("""
                select p.id from person p join participant pa on pa.person_id = p.id join session s on s.id = pa.session_id
                where s.number = 34 order by p.id desc limit 1""", Long.class);
        Map<String, Object> before = jdbc.queryForMap("select given_name, family_name, email from person where id = ?", personId);
        String email = (String) before.get("email");
        String familyName = (String) before.get("family_name");
        accounts.create(email, RoleGrant.scoped(Role.PARTICIPANT, 34), PARTICIPANT_PASSWORD);
        tokens.create(email, "agenda", TokenScope.READ);
        accounts.create(STAFF, RoleGrant.global(Role.STAFF), STAFF_PASSWORD);
        jdbc.update("update person set phone = '01 02 03 04 05', bio = 'Une présentation' where id = ?", personId);
        List<Long> compositionBefore = counts(catalogue.composition(catalogue.byNumber(34)));

        BrowserlessSession participant = new BrowserlessSession(port);
        participant.logIn(email, PARTICIPANT_PASSWORD);
        assertThat(participant.path()).isEqualTo("/me");

        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(STAFF, STAFF_PASSWORD);
        Document confirmation = staff.get("/directory/persons/" + personId + "/erase");
        assertThat(confirmation.select("main").text()).contains(familyName).contains("définitive");
        assertThat(confirmation.select("#consequences li").eachText()).as("what goes, counted by every module holding their data")
                .anySatisfy(line -> assertThat(line).matches("Compte et rôles : \\d+ enregistrements? ne l’identifier(a|ont) plus\\."))
                .anySatisfy(line -> assertThat(line).startsWith("Participations aux sessions : "));

        staff.post("/directory/persons/" + personId + "/erase", Map.of("_csrf", confirmation.select("meta[name=_csrf]").attr("content")));
        Document unconfirmed = staff.page();
        assertThat(staff.path()).as("an erasure not confirmed shows its consequences again").isEqualTo("/directory/persons/" + personId + "/erase");
        assertThat(unconfirmed.select("#consequences li").eachText()).anySatisfy(line -> assertThat(line).contains(familyName));
        assertThat(jdbc.queryForObject("select email from person where id = ?", String.class, personId)).isEqualTo(email);

        Document erased = staff.submit("/directory/persons/" + personId + "/erase", Map.of("confirmed", "true"));
        assertThat(staff.path()).isEqualTo("/directory/persons/" + personId);
        assertThat(erased.select("h1").text()).isEqualTo("Personne anonymisée");
        assertThat(erased.text()).contains("Les données de cette personne sont effacées").doesNotContain(familyName).doesNotContain(email);

        Map<String, Object> after = jdbc.queryForMap("select * from person where id = ?", personId);
        assertThat(after.get("email")).isNull();
        assertThat(after.get("phone")).isNull();
        assertThat(after.get("bio")).isNull();
        assertThat(after.get("anonymised_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from person_aud where id = ? and (email is not null or family_name = ? or phone is not null)",
                Long.class, personId, familyName)).isZero();

        assertThat(counts(catalogue.composition(catalogue.byNumber(34)))).isEqualTo(compositionBefore);
        assertThat(jdbc.queryForObject("select count(*) from participant where person_id = ?", Long.class, personId)).isEqualTo(1);

        Map<String, Object> account = jdbc.queryForMap("select id, email, enabled, password_hash from account where person_id = ?", personId);
        assertThat(account.get("enabled")).isEqualTo(false);
        assertThat(account.get("password_hash")).isNull();
        assertThat((String) account.get("email")).doesNotContain(familyName.toLowerCase()).isNotEqualTo(email);
        assertThat(jdbc.queryForObject("select count(*) from access_token where account_id = ?", Long.class, account.get("id"))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from account_role where account_id = ?", Long.class, account.get("id"))).isZero();

        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where lower(actor) = lower(?) or lower(target) = lower(?) or detail like ?""",
                Long.class, email, email, "%" + familyName + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from revinfo where lower(author) = lower(?)", Long.class, email)).isZero();
        assertThat(jdbc.queryForList("select actor from audit_event where action = 'ANONYMISED' and target = ?", String.class,
                "person:" + personId)).containsExactly(STAFF);

        participant.get("/me");
        assertThat(participant.path()).as("their open session was ended").isEqualTo("/login");
        participant.logIn(email, PARTICIPANT_PASSWORD);
        assertThat(participant.path()).isEqualTo("/login");

        String export = staff.get("/directory/persons/" + personId + "/personal-data?format=json").text();
        assertThat(export).doesNotContain(email).doesNotContain(familyName).contains("\"sessions\":[{\"session\":34");
    }

    @Test
    void nobodyErasesThemselfNorTheOnlyAdministrator() {
        accounts.create("soi-meme@cohorte.test", RoleGrant.global(Role.STAFF), STAFF_PASSWORD);
        Long self = jdbc.queryForObject("select person_id from account where email = 'soi-meme@cohorte.test'", Long.class);
        Long administrator = jdbc.queryForObject("select person_id from account where email = 'admin@cohorte.test'", Long.class);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("soi-meme@cohorte.test", STAFF_PASSWORD);

        Document own = staff.get("/directory/persons/" + self + "/erase");
        assertThat(own.select("#obstacles").text()).contains("Vous ne pouvez pas effacer vos propres données");
        assertThat(own.select("form[action$=/erase]")).isEmpty();

        // Other tests sharing this application may have made administrators: leave only the first one for a moment.
        List<Long> otherAdministrators = jdbc.queryForList("""
                select a.id from account a join account_role r on r.account_id = a.id
                where r.role = 'ADMIN' and a.enabled and a.email <> 'admin@cohorte.test'""", Long.class);
        otherAdministrators.forEach(id -> jdbc.update("update account set enabled = false where id = ?", id));
        try {
            Document admin = staff.get("/directory/persons/" + administrator + "/erase");
            assertThat(admin.select("#obstacles").text()).contains("seul administrateur");
            staff.post("/directory/persons/" + administrator + "/erase", Map.of("confirmed", "true",
                    "_csrf", admin.select("meta[name=_csrf]").attr("content")));
            assertThat(staff.page().select("#obstacles")).isNotEmpty();
            assertThat(jdbc.queryForObject("select anonymised_at is null from person where id = ?", Boolean.class, administrator)).isTrue();
        } finally {
            otherAdministrators.forEach(id -> jdbc.update("update account set enabled = true where id = ?", id));
        }
    }

    private static List<Long> counts(CohortComposition composition) {
        return composition.shares().stream().map(CohortComposition.Share::count).toList();
    }
}

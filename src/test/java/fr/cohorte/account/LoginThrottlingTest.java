package fr.cohorte.account;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.MovableClock;
import fr.cohorte.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords slow down the next attempts of their login from their address, and of their
 * address over every login; they never lock an account. Each test comes from its own addresses
 * (through the loopback, a trusted proxy, as X-Forwarded-For), and time moves only when a test
 * moves the clock.
 */
@CohorteTest
@Import(MovableClock.InPlaceOfTheSystemClock.class)
class LoginThrottlingTest {

    static final String PASSWORD = "Une phrase de passe solide";
    static final String ADMIN = "admin@cohorte.test";
    static final String ADMIN_PASSWORD = "Un mot de passe de test assez long";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    InvitePerson invitePerson;

    @Autowired
    AccessTokens tokens;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void knownUnknownAndNotYetOpenedLoginsGetTheSameAnswersAfterManyWrongPasswords() {
        String known = testAccounts.create("connue@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        String invited = "invitee.sans.mot.de.passe@example.org";
        invitePerson.invite(invited, "Inès", "Invitée", RoleGrant.global(Role.STAFF), Locale.FRENCH);
        String unknown = "personne.inconnue@example.org";

        List<String> toKnown = formAnswers("203.0.113.10", known, 8);
        List<String> toInvited = formAnswers("203.0.113.11", invited, 8);
        List<String> toUnknown = formAnswers("203.0.113.12", unknown, 8);

        assertThat(toKnown).isEqualTo(toUnknown).isEqualTo(toInvited);
        assertThat(toKnown.subList(0, 5)).allSatisfy(answer -> assertThat(answer).contains("mot de passe incorrect"));
        assertThat(toKnown.subList(5, 8)).allSatisfy(answer -> assertThat(answer)
                .contains("Trop de tentatives de connexion : réessayez dans 1 minute."));

        List<String> apiToKnown = apiAnswers("203.0.113.20", known, 7);
        List<String> apiToUnknown = apiAnswers("203.0.113.21", unknown, 7);
        assertThat(apiToKnown).isEqualTo(apiToUnknown);
        assertThat(apiToKnown.get(0)).startsWith("401");
        assertThat(apiToKnown.get(6)).startsWith("429 Retry-After=60").contains("Trop de connexions ont échoué : réessayez dans 60 secondes.");

        assertThat(audited("LOGIN_THROTTLED", known)).isEqualTo(audited("LOGIN_THROTTLED", unknown)).isEqualTo(5);
    }

    @Test
    void anAttackersWrongPasswordsFromOneAddressDoNotStopTheOwnerLoggingInFromAnother() {
        String email = testAccounts.create("proprietaire@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        List<String> attack = formAnswers("198.51.100.7", email, 12);
        assertThat(attack.get(11)).contains("Trop de tentatives");

        BrowserlessSession attackerWithTheRightPassword = new BrowserlessSession(port).from("198.51.100.7");
        attackerWithTheRightPassword.logIn(email, PASSWORD);
        assertThat(attackerWithTheRightPassword.path()).as("even a right guess waits").isEqualTo("/login");

        BrowserlessSession owner = new BrowserlessSession(port).from("198.51.100.8");
        owner.logIn(email, PASSWORD);
        assertThat(owner.path()).isEqualTo("/me");
    }

    @Test
    void anAccessTokenKeepsWorkingWhileThePasswordLoginsOfItsAccountAreSlowedDown() {
        String email = testAccounts.create("script.nocturne@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        String secret = tokens.create(email, "Tableau de bord", TokenScope.READ).secret();
        List<String> attack = apiAnswers("192.0.2.50", email, 6);
        assertThat(attack.get(5)).startsWith("429");

        WebClient api = new WebClient(port);
        assertThat(api.send(basic(api, "192.0.2.50", email, PASSWORD)).statusCode())
                .as("Basic authentication on the API is throttled like the form").isEqualTo(429);
        HttpResponse<String> withToken = api.send(api.request("/api/v1/me").header("X-Forwarded-For", "192.0.2.50")
                .header("Authorization", "Bearer " + secret).GET());
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains(email);
    }

    @Test
    void theWaitDoublesAfterEachFurtherWrongPasswordUpToFifteenMinutesAndTheRightPasswordStartsAfresh() {
        String email = testAccounts.create("distraite@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        String address = "192.0.2.60";
        WebClient api = new WebClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(api.send(basic(api, address, email, "faux " + i)).statusCode()).isEqualTo(401);
        }
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> refused = api.send(basic(api, address, email, "encore faux"));
            assertThat(refused.statusCode()).isEqualTo(429);
            long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            waits.add(wait);
            clock.advance(Duration.ofSeconds(wait));
            assertThat(api.send(basic(api, address, email, "faux après l’attente " + i)).statusCode()).isEqualTo(401);
        }
        assertThat(waits).containsExactly(60L, 120L, 240L, 480L, 900L, 900L);

        clock.advance(Duration.ofMinutes(15));
        assertThat(api.send(basic(api, address, email, PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(api.send(basic(api, address, email, "une faute de frappe")).statusCode())
                .as("after the right password, mistakes are free again").isEqualTo(401);
        assertThat(api.send(basic(api, address, email, PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyLoginsWaitsForEveryLoginWhileOtherAddressesDoNot() {
        String email = testAccounts.create("voisine@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        WebClient api = new WebClient(port);
        for (int i = 0; i < 20; i++) {
            assertThat(api.send(basic(api, "192.0.2.70", "inconnu" + i + "@example.org", "faux")).statusCode()).isEqualTo(401);
        }

        assertThat(api.send(basic(api, "192.0.2.70", email, PASSWORD)).statusCode()).isEqualTo(429);
        assertThat(api.send(basic(api, "192.0.2.71", email, PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorLetsSomeoneWhoseLoginsAreSlowedDownTryAgainAtOnce() {
        String email = testAccounts.create("appel.support@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        formAnswers("192.0.2.80", email, 6);

        BrowserlessSession admin = new BrowserlessSession(port);
        admin.logIn(ADMIN, ADMIN_PASSWORD);
        admin.get("/admin/accounts");
        String row = "tr[data-email=" + email + "]";
        assertThat(admin.page().select(row).text()).contains("Connexions ralenties jusqu’à");
        Long id = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
        admin.submit("/admin/accounts/" + id + "/clear-throttle", Map.of());
        assertThat(admin.page().select(".fr-alert--success").text()).contains(email).contains("ne sont plus ralenties");
        assertThat(admin.page().select(row).text()).doesNotContain("ralenties");

        BrowserlessSession owner = new BrowserlessSession(port).from("192.0.2.80");
        owner.logIn(email, PASSWORD);
        assertThat(owner.path()).isEqualTo("/me");
        assertThat(audited("LOGIN_THROTTLE_CLEARED", email)).isEqualTo(1);
    }

    /** What the login page says after each of {@code count} wrong passwords from the address. */
    private List<String> formAnswers(String address, String email, int count) {
        BrowserlessSession visitor = new BrowserlessSession(port).from(address);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            visitor.logIn(email, "mauvais mot de passe " + i);
            assertThat(visitor.page().select("#email").val()).as("the address typed is kept").isEqualTo(email);
            answers.add(visitor.status() + " " + visitor.path() + " " + visitor.page().select(".fr-alert--error").text());
        }
        return answers;
    }

    /** The status, wait and problem of each of {@code count} wrong passwords given to the API from the address. */
    private List<String> apiAnswers(String address, String email, int count) {
        WebClient api = new WebClient(port);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> response = api.send(basic(api, address, email, "faux " + i));
            answers.add(response.statusCode() + response.headers().firstValue("Retry-After").map(s -> " Retry-After=" + s).orElse("")
                    + " " + response.body());
        }
        return answers;
    }

    private static HttpRequest.Builder basic(WebClient api, String address, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return api.request("/api/v1/me").header("X-Forwarded-For", address).header("Authorization", "Basic " + credentials).GET();
    }

    private int audited(String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?", Integer.class, action, target);
    }
}

package fr.cohorte.account;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal access tokens: created by their owner, shown once, hashed, scoped, revocable. */
@CohorteTest
class AccessTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenCreatedOnTheAccountPageOpensTheApiUntilItIsRevoked() {
        String email = accounts.create("script@example.org", RoleGrant.global(Role.STAFF), "Le mot de passe du script");
        BrowserlessSession owner = new BrowserlessSession(port);
        owner.logIn(email, "Le mot de passe du script");
        owner.get("/me/tokens");
        owner.submit("/me/tokens", Map.of("name", "Tableau de bord", "scope", "READ_WRITE"));
        String secret = owner.page().select("#new-token").text();
        assertThat(secret).startsWith("coh_");
        assertThat(owner.get("/me/tokens").select("#new-token")).as("shown once only").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from access_token where token_hash = ?", Integer.class, secret))
                .as("the secret itself is not stored").isZero();

        HttpResponse<String> me = call("GET", "/api/v1/me", secret);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("script@example.org").contains("ROLE_STAFF");
        HttpResponse<String> write = call("POST", "/api/v1/selection/solve", secret);
        assertThat(write.statusCode()).as("read-write may post").isEqualTo(200);
        assertThat(write.body()).contains("\"status\":\"INFEASIBLE\"");

        Long id = jdbc.queryForObject("select id from access_token where name = 'Tableau de bord'", Long.class);
        owner.get("/me/tokens");
        owner.submit("/me/tokens/" + id + "/revoke", Map.of());
        assertThat(call("GET", "/api/v1/me", secret).statusCode()).isEqualTo(401);
    }

    @Test
    void aReadOnlyTokenCannotWrite() {
        String email = accounts.create("lecteur@example.org", RoleGrant.global(Role.STAFF), "Le mot de passe du lecteur");
        BrowserlessSession owner = new BrowserlessSession(port);
        owner.logIn(email, "Le mot de passe du lecteur");
        owner.get("/me/tokens");
        owner.submit("/me/tokens", Map.of("name", "Lecture", "scope", "READ"));
        String secret = owner.page().select("#new-token").text();

        assertThat(call("GET", "/api/v1/me", secret).statusCode()).isEqualTo(200);
        HttpResponse<String> write = call("POST", "/api/v1/selection/solve", secret);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("Ce jeton d’accès ne permet que de lire.");
    }

    @Test
    void aTokenWithoutANameIsRefusedOnItsFieldAndNothingIsCreated() {
        String email = accounts.create("sans.nom@example.org", RoleGrant.global(Role.STAFF), "Le mot de passe sans nom");
        BrowserlessSession owner = new BrowserlessSession(port);
        owner.logIn(email, "Le mot de passe sans nom");
        owner.get("/me/tokens");

        owner.submit("/me/tokens", Map.of("name", "  ", "scope", "READ"));

        assertThat(owner.page().select("#name-messages").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(owner.page().select("#new-token")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from access_token t join account a on a.id = t.account_id where a.email = ?",
                Integer.class, email)).isZero();
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertThat(call("GET", "/api/v1/me", "coh_inconnu").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> call(String method, String path, String token) {
        WebClient api = new WebClient(port);
        return api.send(api.request(path).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}")));
    }
}

package fr.cohorte.account;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in through OpenID Connect providers configured only by settings, against stub providers
 * this test starts: one generic, one answering like ProConnect.
 */
@CohorteTest(properties = {
        "COHORTE_OIDC_CLIENT_ID=cohorte-test",
        "COHORTE_OIDC_CLIENT_SECRET=generic-secret",
        "COHORTE_OIDC_DISPLAY_NAME=Keycloak de test",
        "COHORTE_PROCONNECT_CLIENT_ID=cohorte-proconnect",
        "COHORTE_PROCONNECT_CLIENT_SECRET=proconnect-secret",
        "cohorte.oidc.allowed-domains=agents.example.gouv.fr, autre.example"})
class SingleSignOnTest {

    static final StubIdentityProvider generic = new StubIdentityProvider("cohorte-test", false);
    static final StubIdentityProvider proConnect = new StubIdentityProvider("cohorte-proconnect", true);

    @DynamicPropertySource
    static void issuers(DynamicPropertyRegistry registry) {
        registry.add("COHORTE_OIDC_ISSUER_URI", generic::issuer);
        registry.add("COHORTE_PROCONNECT_ISSUER_URI", proConnect::issuer);
    }

    @AfterAll
    static void stopProviders() {
        generic.close();
        proConnect.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signUserInfoProperly() {
        proConnect.signUserInfoWithAnotherKey = false;
    }

    @Test
    void theLoginPageOffersBothProviders() {
        BrowserlessSession visitor = new BrowserlessSession(port);
        visitor.get("/login");
        assertThat(visitor.page().select("#proconnect-login .fr-connect__brand").text()).isEqualTo("ProConnect");
        assertThat(visitor.page().select("#oidc-login").text()).isEqualTo("Se connecter avec Keycloak de test");
        assertThat(visitor.page().select("#login-form")).isNotEmpty();
    }

    @Test
    void aKnownAddressLogsInThroughTheGenericProviderWithItsRoles() {
        String email = testAccounts.create("marie.generique@example.org", RoleGrant.global(Role.STAFF), "Un mot de passe local assez long");
        generic.email = "Marie.Generique@Example.org";

        BrowserlessSession marie = new BrowserlessSession(port);
        marie.get("/oauth2/authorization/oidc");

        assertThat(marie.path()).isEqualTo("/me");
        assertThat(marie.page().text()).contains(email).contains("Équipe des sessions");
        marie.get("/directory/persons");
        assertThat(marie.status()).isEqualTo(200);
        assertThat(audited("LOGIN_SUCCEEDED", email)).isEqualTo(1);
    }

    @Test
    void proConnectLogsInWithAVerifiedUserInfoAndTheSecretInTheFormBody() {
        String email = testAccounts.create("paul.agent@example.org", RoleGrant.global(Role.ADMIN), "Un mot de passe local assez long");
        proConnect.email = email;

        BrowserlessSession paul = new BrowserlessSession(port);
        paul.get("/oauth2/authorization/proconnect");

        assertThat(paul.path()).isEqualTo("/me");
        assertThat(paul.page().text()).contains(email);
        paul.get("/admin/accounts");
        assertThat(paul.status()).isEqualTo(200);
        StubIdentityProvider.TokenRequest token = proConnect.lastTokenRequest();
        assertThat(token.authorizationHeader()).isNull();
        assertThat(token.form())
                .containsEntry("client_id", "cohorte-proconnect")
                .containsEntry("client_secret", "proconnect-secret");
    }

    @Test
    void aProConnectUserInfoSignedWithAnotherKeyIsRefused() {
        String email = testAccounts.create("faux.agent@example.org", RoleGrant.global(Role.ADMIN), "Un mot de passe local assez long");
        proConnect.email = email;
        proConnect.signUserInfoWithAnotherKey = true;

        BrowserlessSession forged = new BrowserlessSession(port);
        forged.get("/oauth2/authorization/proconnect");

        assertThat(forged.path()).isEqualTo("/login");
        assertThat(forged.page().select(".fr-alert--error").text()).contains("fournisseur d'identité a échoué");
        forged.get("/me");
        assertThat(forged.path()).isEqualTo("/login");
        assertThat(audited("LOGIN_SUCCEEDED", email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED'"
                + " and detail_code = 'audit.detail.login.refused.provider-error' and array_to_string(detail_args, '|') = ?",
                Integer.class, "ProConnect|invalid_user_info_response")).isEqualTo(1);
    }

    @Test
    void anUnknownAddressIsRefusedAndGetsNoAccount() {
        generic.email = "inconnu@ailleurs.example";

        BrowserlessSession stranger = new BrowserlessSession(port);
        stranger.get("/oauth2/authorization/oidc");

        assertThat(stranger.path()).isEqualTo("/login");
        assertThat(stranger.page().select("#no-account").text()).contains("demandez à un administrateur");
        assertThat(accounts.byEmail("inconnu@ailleurs.example")).isEmpty();
        assertThat(audited("LOGIN_FAILED", "inconnu@ailleurs.example")).isEqualTo(1);
    }

    @Test
    void anUnknownAddressFromAnAllowedDomainGetsAnAccountWithNoRole() {
        proConnect.email = "nouvelle.agente@agents.example.gouv.fr";

        BrowserlessSession newcomer = new BrowserlessSession(port);
        newcomer.get("/oauth2/authorization/proconnect");

        assertThat(newcomer.path()).isEqualTo("/me");
        assertThat(newcomer.page().text()).contains("Camille Agent");
        Account account = accounts.byEmail("nouvelle.agente@agents.example.gouv.fr").orElseThrow();
        assertThat(account.getRoles()).isEmpty();
        newcomer.get("/directory/persons");
        assertThat(newcomer.status()).isEqualTo(403);
    }

    private int audited(String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?", Integer.class, action, target);
    }
}

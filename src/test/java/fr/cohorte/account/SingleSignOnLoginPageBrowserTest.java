package fr.cohorte.account;

import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The login page with both single sign-on buttons shown stays accessible, in French and in English. */
@CohorteTest(properties = {
        "COHORTE_OIDC_CLIENT_ID=cohorte-test",
        "COHORTE_OIDC_CLIENT_SECRET=generic-secret",
        "COHORTE_OIDC_DISPLAY_NAME=Keycloak de test",
        "COHORTE_PROCONNECT_CLIENT_ID=cohorte-proconnect",
        "COHORTE_PROCONNECT_CLIENT_SECRET=proconnect-secret"})
class SingleSignOnLoginPageBrowserTest extends BrowserTestSupport {

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

    @Test
    void theLoginPageWithBothProvidersIsAccessibleInFrenchAndEnglish() {
        page.navigate(url("/login"));
        assertThat(page.locator("#proconnect-login")).isVisible();
        assertThat(page.locator("#oidc-login")).hasText("Se connecter avec Keycloak de test");
        assertAccessible();

        page.navigate(url("/login?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#oidc-login")).isVisible();
        assertAccessible();
    }
}

package fr.cohorte;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page people see while the database does not answer: the DSFR "service temporarily
 * unavailable" page, accessible, in their language, on a phone as on a desktop. This context has a
 * PostgreSQL of its own, frozen here, so that the other tests' server is left alone.
 */
@CohorteTest(properties = "cohorte.embedded-postgres.data-directory=target/test-postgres-outage")
class ServiceUnavailablePageBrowserTest extends BrowserTestSupport {

    private static final Path CLUSTER = Path.of("target/test-postgres-outage").toAbsolutePath();

    @Test
    void whileTheDatabaseIsFrozenEveryPageShowsTheAccessibleUnavailablePageInTheReadersLanguage() {
        List<ProcessHandle> frozen = DatabaseProcesses.freeze(CLUSTER);
        // A page whose pooled connection was sent a query just before the freeze waits for the
        // read bound (20 s) before it is answered: more than Playwright waits by default.
        page.setDefaultNavigationTimeout(60_000);
        try {
            page.setViewportSize(1280, 900);
            Response french = page.navigate(url("/publications"));
            assertThat(french.status()).isEqualTo(503);
            assertThat(french.headerValue("retry-after")).isNotBlank();
            assertThat(page.locator("h1").textContent()).isEqualTo("Service temporairement indisponible");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
            assertAccessible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/503-fr-1280.png")).setFullPage(true));

            page.setViewportSize(390, 844);
            Response english = page.navigate(url("/publications?lang=en"));
            assertThat(english.status()).isEqualTo(503);
            assertThat(page.locator("h1").textContent()).isEqualTo("Service temporarily unavailable");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            assertAccessible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/503-en-390.png")).setFullPage(true));
        } finally {
            DatabaseProcesses.signalAll(frozen, "CONT");
        }
        DatabaseProcesses.await("serving again", java.time.Duration.ofSeconds(30),
                () -> page.navigate(url("/publications")).status() == 200);
    }
}

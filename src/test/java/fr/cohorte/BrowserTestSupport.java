package fr.cohorte;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Drives the system's Chromium (never a downloaded one) against the test server. Without Chromium
 * the browser tests are skipped with a message, except on CI where that is a failure.
 */
public abstract class BrowserTestSupport {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "No Chromium at " + CHROMIUM + " (set CHROMIUM_PATH or `apt-get install chromium`): browser tests skipped";
            if ("true".equals(System.getenv("CI"))) {
                fail(message.replace("skipped", "cannot run, and CI requires them"));
            }
            System.err.println("[browser tests] " + message);
            abort(message);
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fails on any WCAG 2.1 A or AA violation axe-core finds on the page as it is now. */
    protected void assertAccessible() {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "accessibility violations on " + page.url() + ":\n" + violations.stream()
                        .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " -> "
                                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}

package fr.cohorte.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff page of the demo session, on a laptop (1280 px) and on a phone (390 px): no page is wider
 * than the screen, and every link, button and field can be reached, either on the page or inside a
 * table that scrolls sideways by itself.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class StaffPagesOnScreensBrowserTest extends BrowserTestSupport {

    private static final String EMAIL = "ecrans@cohorte.test";
    private static final String PASSWORD = "Sur tous les écrans";
    private static final int[] WIDTHS = {1280, 390};
    private static final int HEIGHT = 900;

    /**
     * The visible controls that cannot be reached: outside the page's width, and not inside a box that
     * scrolls sideways and itself fits the page; on a laptop, a control hidden in such a box until it is
     * scrolled counts too, and so does a table that does not show all its columns at once. Starts with the
     * page's own overflow, if any, and the elements that cause it.
     */
    private static final String UNREACHABLE = """
            laptop => {
              const viewport = document.documentElement.clientWidth;
              const faults = [];
              const fits = r => r.left >= -1 && r.right <= viewport + 1;
              const scroller = el => {
                for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                  const overflow = getComputedStyle(p).overflowX;
                  if (overflow === 'auto' || overflow === 'scroll') return p;
                }
                return null;
              };
              const name = el => {
                const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.id || '').trim().replace(/\\s+/g, ' ');
                const classes = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
                return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + classes + ' "' + text.slice(0, 60) + '"';
              };
              if (document.documentElement.scrollWidth > viewport) {
                // The culprits stick out of a parent that fits the screen.
                const sticksOut = el => el.getBoundingClientRect().right > viewport + 1 && el.parentElement
                    && el.parentElement.getBoundingClientRect().right <= viewport + 1;
                const culprits = [...document.body.querySelectorAll('*')].filter(el => !scroller(el) && sticksOut(el));
                faults.push('the page is ' + document.documentElement.scrollWidth + ' px wide, the screen ' + viewport + ' px'
                    + (culprits.length ? ', because of ' + culprits.slice(0, 8).map(el => name(el) + ' (' + Math.round(el.getBoundingClientRect().right) + ' px)').join(', ') : ''));
              }
              for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')) {
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                if ((box.width === 0 && box.height === 0) || style.visibility === 'hidden' || el.closest('[aria-hidden=true], dialog:not([open])')) continue;
                if (fits(box)) continue;
                // On a phone a table may scroll sideways; on a laptop there is room enough to see it whole.
                const scrolling = scroller(el);
                const within = (inner, outer) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
                if (scrolling && fits(scrolling.getBoundingClientRect()) && (!laptop || within(box, scrolling.getBoundingClientRect()))) continue;
                faults.push(name(el) + ' lies at ' + Math.round(box.left) + '–' + Math.round(box.right) + ' px');
              }
              if (laptop) {
                for (const table of document.querySelectorAll('.fr-table__container')) {
                  if (table.getBoundingClientRect().width > 0 && table.scrollWidth > table.clientWidth + 1) {
                    faults.push('table ' + name(table.querySelector('table') || table).slice(0, 80) + ' hides ' + (table.scrollWidth - table.clientWidth)
                        + ' px of its columns until scrolled');
                  }
                }
              }
              return faults;
            }""";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetRounds() {
        jdbc.update("delete from work_round");
        jdbc.update("delete from grouping_settings");
    }

    @Test
    void everyControlOfEveryStaffPageCanBeReachedOnALaptopAndOnAPhone() {
        accounts.create(EMAIL, RoleGrant.global(Role.ADMIN), PASSWORD);
        page.setViewportSize(1280, HEIGHT);
        page.navigate(url("/login"));
        page.getByLabel("Adresse électronique").fill(EMAIL);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(page.locator("h1")).hasText("Mon compte");
        String round = aRoundOfTheDemoSession();
        Long publication = jdbc.queryForObject("select min(id) from publication", Long.class);

        List<String> pages = List.of("/staff/sessions", "/staff/sessions/34", "/staff/sessions/34/groups", round,
                "/staff/sessions/34/selection", "/staff/sessions/34/selection/settings", "/staff/sessions/34/applications",
                "/staff/sessions/34/jury", "/directory/persons", "/directory/organisations", "/admin/accounts", "/admin/audit",
                "/publications/" + publication + "/manage", "/admin/pages", "/admin/pages/accessibilite/edit", "/admin/search",
                "/me", "/me/password", "/me/tokens", "/me/profile", "/staff/api");
        List<String> faults = new ArrayList<>();
        for (int width : WIDTHS) {
            page.setViewportSize(width, HEIGHT);
            for (String path : pages) {
                page.navigate(url(path));
                assertThat(page.locator("h1").first()).isVisible();
                @SuppressWarnings("unchecked")
                List<String> unreachable = (List<String>) page.evaluate(UNREACHABLE, width >= 1024);
                unreachable.forEach(fault -> faults.add(path + " at " + width + " px: " + fault));
                if (width == 390) {
                    assertAccessible();
                }
                screenshot(path, width);
            }
        }
        assertThat(faults).as("controls out of reach").isEmpty();
    }

    /** The demo session has no rounds: staff create one, as they would, and open its page. */
    private String aRoundOfTheDemoSession() {
        page.navigate(url("/staff/sessions/34/groups"));
        page.getByLabel("Nombre de groupes", new Page.GetByLabelOptions().setExact(true)).fill("6");
        page.getByLabel("Nombre de tours à créer").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer les tours")).click();
        assertThat(page.locator(".fr-alert--success")).containsText("Tours créés : 1");
        return page.locator("#rounds").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tour 1").setExact(true))
                .getAttribute("href");
    }

    /** For people, not for the test: set COHORTE_SCREENSHOTS to a folder to look at the pages afterwards. */
    private void screenshot(String path, int width) {
        String folder = System.getenv("COHORTE_SCREENSHOTS");
        if (folder != null) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of(folder, path.replaceAll("[^a-z0-9]+", "-") + "-" + width + ".png")));
        }
    }
}

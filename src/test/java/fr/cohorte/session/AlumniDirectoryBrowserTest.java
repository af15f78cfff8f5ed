package fr.cohorte.session;

import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** With the directory made public, any visitor reads it, in French and in English, and it stays accessible. */
@CohorteTest(properties = {"cohorte.demo.enabled=true", "cohorte.alumni.directory=public"})
class AlumniDirectoryBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void someAlumniOptIn() {
        jdbc.update("""
                update person set alumni_opt_in = true, alumni_fields = 'ORGANISATION,POSITION,BACKGROUND,SESSIONS,BIO,EMAIL',
                bio = 'Trente ans de dialogue social.'
                where id in (select person_id from participant order by person_id limit 5)""");
    }

    @Test
    void aVisitorSearchesTheAlumniDirectoryInFrenchThenInEnglish() {
        page.navigate(url("/alumni"));
        assertThat(page.locator("h1")).hasText("Annuaire des anciens");
        assertThat(page.locator("#alumni-directory > li")).hasCount(5);
        assertThat(page.locator("#alumni-directory > li").first()).containsText("Trente ans de dialogue social.");
        assertAccessible();

        String name = page.locator("#alumni-directory > li h2").first().textContent();
        page.locator("#q").fill(name.substring(name.lastIndexOf(' ') + 1));
        page.locator("#contenu form[role=search] button").click();
        assertThat(page.locator("#alumni-directory > li h2").first()).hasText(name);

        page.navigate(url("/alumni?lang=en"));
        assertThat(page.locator("h1")).hasText("Alumni directory");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#alumni-directory > li").first()).containsText("Organisation");
        assertAccessible();
    }
}

package fr.cohorte.directory;

import java.util.List;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving through the pages of a long list keeps the order and the filters the reader chose. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class DirectoryPaginationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNextPageOfPersonsKeepsTheReverseOrderAndTheSecondPageGoesOnWhereTheFirstStopped() {
        accounts.create("pages@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe des pages");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("pages@cohorte.test", "Le mot de passe des pages");
        int persons = jdbc.queryForObject("select count(*) from person", Integer.class);
        assertThat(persons).as("the demo fills more than one page").isGreaterThan(DirectorySearch.PAGE_SIZE);

        Document first = staff.get("/directory/persons?sort=name&descending=true");
        String next = first.select("a.fr-pagination__link--next").attr("href");

        assertThat(next).startsWith("/directory/persons?").contains("sort=name", "descending=true", "page=1");
        Document second = staff.get(next);
        assertThat(second.select(".fr-pagination__link[aria-current=page]").text()).startsWith("Page 2 sur");
        List<String> firstLinks = first.select("#persons tbody tr th a").eachAttr("href");
        List<String> secondLinks = second.select("#persons tbody tr th a").eachAttr("href");
        assertThat(secondLinks).isNotEmpty().doesNotContainAnyElementsOf(firstLinks);
        assertThat(second.select("a.fr-pagination__link--prev").attr("href"))
                .contains("sort=name", "descending=true", "page=0");
    }

    @Test
    void theExportLinksCarryTheFiltersOnScreenButNotThePageNorTheOrder() {
        accounts.create("exports@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe des pages");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("exports@cohorte.test", "Le mot de passe des pages");
        long press = jdbc.queryForObject("select id from background where code = 'press'", Long.class);

        Document persons = staff.get("/directory/persons?q=a&background=" + press + "&sort=name&descending=true&page=0");

        assertThat(persons.select("#export-csv").attr("href"))
                .isEqualTo("/directory/persons/export?q=a&background=" + press + "&format=csv");
        assertThat(persons.select("#export-xlsx").attr("href"))
                .isEqualTo("/directory/persons/export?q=a&background=" + press + "&format=xlsx");
        assertThat(staff.get("/directory/organisations?kind=COMPANY").select("#export-csv").attr("href"))
                .isEqualTo("/directory/organisations/export?kind=COMPANY&format=csv");
    }

    @Test
    void theCataloguePagesKeepItsFilters() {
        for (int i = 1; i <= 12; i++) {
            jdbc.update("insert into publication (title, year, language) values (?, 2025, 'fr')", "Cahier de pagination n° " + i);
        }
        try {
            WebClient web = new WebClient(port);
            Document first = Jsoup.parse(web.page("/publications?year=2025").body());
            String next = first.select("a.fr-pagination__link--next").attr("href");

            assertThat(next).contains("year=2025", "page=1");
            Document second = Jsoup.parse(web.page(next).body());
            assertThat(second.text()).contains("Cahier de pagination").doesNotContain("Construire des espaces de coopération");
        } finally {
            jdbc.update("delete from publication where title like 'Cahier de pagination%'");
        }
    }
}

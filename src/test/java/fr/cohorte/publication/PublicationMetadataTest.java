package fr.cohorte.publication;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Coordinators describe their book: identifiers are checked, what was typed is kept, harvesters see the change. */
@CohorteTest(properties = {
        "cohorte.demo.enabled=true",
        "cohorte.demo.render-book=true",
        "cohorte.publication.max-upload-size=64KB",
        "spring.servlet.multipart.max-file-size=10MB",
        "spring.servlet.multipart.max-request-size=10MB"})
class PublicationMetadataTest {

    static final String PASSWORD = "Un mot de passe de test assez long";
    static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    long book;
    String path;

    @BeforeEach
    void aBookOfTheirOwn() {
        book = jdbc.queryForObject("insert into publication (title, language, modified_at) values ('Un ouvrage à décrire', 'fr', ?) returning id",
                Long.class, Timestamp.from(LONG_AGO));
        path = "/publications/" + book + "/manage/metadata";
    }

    @Test
    void theCoordinatorDescribesTheBookAndHarvestersSeeItChanged() {
        BrowserlessSession coordinator = coordinator();
        coordinator.get(path);

        Document manage = coordinator.submit(path, Map.ofEntries(
                entry("title", "Le dialogue social en formation"), entry("subtitle", "Actes de la session"),
                entry("series", "Cahiers de l’institut"), entry("year", "2026"), entry("language", "fr"),
                entry("summary", "Un résumé."), entry("keywords", "formation, dialogue social ; formation"),
                entry("licence", "CC_BY_SA"), entry("isbn", "978-2-11-000000-2"),
                entry("doi", "https://doi.org/10.1234/cohorte.2026"), entry("legalDeposit", "Dépôt légal : juin 2026")));

        assertThat(manage.select("#metadata-saved").text()).contains("Le dialogue social en formation");
        Document detail = coordinator.get("/publications/" + book);
        assertThat(detail.select("h1").text()).contains("Le dialogue social en formation");
        assertThat(detail.select("meta[name=citation_isbn]").attr("content")).isEqualTo("978-2-11-000000-2");
        assertThat(detail.select("meta[name=citation_doi]").attr("content")).isEqualTo("10.1234/cohorte.2026");
        assertThat(jdbc.queryForList("select keyword from publication_keyword where publication_id = ? order by position", String.class, book))
                .containsExactly("formation", "dialogue social");
        assertThat(jdbc.queryForObject("select modified_at from publication where id = ?", Timestamp.class, book).toInstant())
                .isAfter(LONG_AGO);
    }

    @Test
    void aWrongIsbnCheckDigitAndABadDoiAreRefusedAndEverythingTypedIsKept() {
        BrowserlessSession coordinator = coordinator();
        coordinator.get(path);

        Document refused = coordinator.submit(path, Map.ofEntries(
                entry("title", "Un nouveau titre"), entry("language", "fr"), entry("licence", "CC_BY"),
                entry("isbn", "978-2-11-000000-3"), entry("doi", "10.12/x"), entry("year", "2026")));

        assertThat(refused.select(".fr-alert--error[role=alert]").text()).contains("Le formulaire contient des erreurs");
        assertThat(refused.select("#isbn-messages").text()).contains("clé");
        assertThat(refused.select("#doi-messages").text()).contains("10.1234/cohorte.2026");
        assertThat(refused.select("#isbn").val()).isEqualTo("978-2-11-000000-3");
        assertThat(refused.select("#doi").val()).isEqualTo("10.12/x");
        assertThat(refused.select("#title").val()).isEqualTo("Un nouveau titre");
        assertThat(jdbc.queryForObject("select title from publication where id = ?", String.class, book)).isEqualTo("Un ouvrage à décrire");
        assertThat(jdbc.queryForObject("select modified_at from publication where id = ?", Timestamp.class, book).toInstant())
                .isEqualTo(LONG_AGO);
    }

    private BrowserlessSession coordinator() {
        String email = "description-" + System.nanoTime() + "@ouvrage.test";
        accounts.create(email, RoleGrant.scoped(Role.COORDINATOR, book), PASSWORD);
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        return session;
    }
}

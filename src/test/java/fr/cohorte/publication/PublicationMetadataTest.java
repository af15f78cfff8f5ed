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
                entry("licence", "CC_BY_SA"), entry("isbnPdf", "978-2-11-000000-2"),
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
                entry("isbnPdf", "978-2-11-000000-3"), entry("doi", "10.12/x"), entry("year", "2026")));

        assertThat(refused.select(".fr-alert--error[role=alert]").text()).contains("Le formulaire contient des erreurs");
        assertThat(refused.select("#isbnPdf-messages").text()).contains("clé");
        assertThat(refused.select("#doi-messages").text()).contains("10.1234/cohorte.2026");
        assertThat(refused.select("#isbnPdf").val()).isEqualTo("978-2-11-000000-3");
        assertThat(refused.select("#doi").val()).isEqualTo("10.12/x");
        assertThat(refused.select("#title").val()).isEqualTo("Un nouveau titre");
        assertThat(jdbc.queryForObject("select title from publication where id = ?", String.class, book)).isEqualTo("Un ouvrage à décrire");
        assertThat(jdbc.queryForObject("select modified_at from publication where id = ?", Timestamp.class, book).toInstant())
                .isEqualTo(LONG_AGO);
    }

    @Test
    void eachEditionHasItsIsbnOnTheDetailPageInCitationsAndForHarvesters() {
        BrowserlessSession coordinator = coordinator();
        coordinator.get(path);

        coordinator.submit(path, Map.ofEntries(
                entry("title", "Un ouvrage en trois éditions"), entry("language", "fr"), entry("licence", "CC_BY"),
                entry("isbnPrint", "978 2 912345 01 1"), entry("isbnPdf", "978-2-912345-02-8"), entry("isbnEpub", "978-2-912345-03-5")));

        Document detail = coordinator.get("/publications/" + book);
        assertThat(detail.select(".cohorte-facts").text())
                .contains("ISBN (édition imprimée) 978-2-912345-01-1", "ISBN (édition PDF) 978-2-912345-02-8",
                        "ISBN (édition EPUB) 978-2-912345-03-5");
        assertThat(detail.select("meta[name=citation_isbn]").eachAttr("content"))
                .containsExactly("978-2-912345-01-1", "978-2-912345-02-8", "978-2-912345-03-5");
        assertThat(detail.select("meta[name=DC.identifier]").eachAttr("content"))
                .contains("urn:isbn:978-2-912345-01-1", "urn:isbn:978-2-912345-02-8", "urn:isbn:978-2-912345-03-5");
        assertThat(text(coordinator, "/publications/" + book + "/citation.bib")).contains("isbn = {978-2-912345-02-8}")
                .doesNotContain("978-2-912345-01-1");
        assertThat(text(coordinator, "/publications/" + book + "/citation.ris"))
                .contains("SN  - 978-2-912345-01-1\r\nSN  - 978-2-912345-02-8\r\nSN  - 978-2-912345-03-5");
        assertThat(text(coordinator, "/publications/" + book + "/citation.json")).contains("\"ISBN\" : \"978-2-912345-02-8\"");
        assertThat(text(coordinator, "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:cohorte.localhost:publication/" + book))
                .contains("<dc:identifier>urn:isbn:978-2-912345-01-1</dc:identifier>",
                        "<dc:identifier>urn:isbn:978-2-912345-03-5</dc:identifier>");
        assertThat(coordinator.get(path).select("#isbnEpub").val()).isEqualTo("978-2-912345-03-5");
    }

    @Test
    void eachWrongIsbnIsNamedOnItsEditionAndTheSameIsbnTwiceIsRefused() {
        long other = jdbc.queryForObject("insert into publication (title, language) values ('Un autre ouvrage', 'fr') returning id", Long.class);
        jdbc.update("insert into publication_isbn (publication_id, format, isbn) values (?, 'PRINT', '978-2-912345-04-2')", other);
        BrowserlessSession coordinator = coordinator();
        coordinator.get(path);

        Document refused = coordinator.submit(path, Map.ofEntries(
                entry("title", "Un ouvrage à décrire"), entry("language", "fr"), entry("licence", "CC_BY"),
                entry("isbnPrint", "978-2-912345-05-9"), entry("isbnPdf", "9782912345059"), entry("isbnEpub", "978 2 912345 04 2")));

        assertThat(refused.select("#isbnPrint-messages").text()).isEmpty();
        assertThat(refused.select("#isbnPdf-messages").text()).contains("déjà celui d’une autre édition");
        assertThat(refused.select("#isbnEpub-messages").text()).contains("déjà celui de l’ouvrage « Un autre ouvrage »");
        assertThat(refused.select("#isbnPdf").val()).isEqualTo("9782912345059");

        Document wrongKey = coordinator.submit(path, Map.ofEntries(
                entry("title", "Un ouvrage à décrire"), entry("language", "fr"), entry("licence", "CC_BY"),
                entry("isbnPrint", "978-2-11-000000-3")));
        assertThat(wrongKey.select("#isbnPrint-messages").text()).contains("clé");
        assertThat(jdbc.queryForObject("select count(*) from publication_isbn where publication_id = ?", Integer.class, book)).isZero();
    }

    @Test
    void coPublishersAreAddedReorderedAndRemovedInTheOrderTheBookNamesThem() {
        long cereq = organisation("Centre d’études et de recherches sur les qualifications", "Céreq du test");
        long intefp = organisation("Institut national du travail", "Intefp du test");
        long dares = organisation("Direction de l’animation de la recherche", "Dares du test");
        BrowserlessSession coordinator = coordinator();
        coordinator.get(path);
        for (long organisation : new long[] {cereq, intefp, dares}) {
            coordinator.submit("/publications/" + book + "/manage/publishers", Map.of("organisationId", Long.toString(organisation)));
        }

        Document moved = coordinator.submit("/publications/" + book + "/manage/publishers/" + dares, Map.of("action", "up"));
        assertThat(moved.select("#publisher-list li > span").eachText()).containsExactly("Céreq du test", "Dares du test", "Intefp du test");
        coordinator.submit("/publications/" + book + "/manage/publishers/" + cereq, Map.of("action", "down"));
        Document removed = coordinator.submit("/publications/" + book + "/manage/publishers/" + intefp, Map.of("action", "remove"));

        assertThat(removed.select("#publisher-list li > span").eachText()).containsExactly("Dares du test", "Céreq du test");
        assertThat(removed.select("#organisationId option").eachText()).contains("Intefp du test").doesNotContain("Dares du test");
        assertThat(coordinator.get("/publications/" + book).select("meta[name=citation_publisher]").eachAttr("content"))
                .containsExactly("Dares du test", "Céreq du test");
        assertThat(coordinator.get("/publications?publisher=" + dares).select("main").text()).contains("Un ouvrage à décrire");
        assertThat(coordinator.get("/publications?publisher=" + intefp).select("main").text()).doesNotContain("Un ouvrage à décrire");
    }

    @Test
    void coordinatorsFoundInTheDirectoryAppearOnTheDetailPageAndInCitationsInTheirOrder() {
        long first = person("Hortense", "Valadier-Test");
        long second = person("Basile", "Valadier-Test");
        BrowserlessSession coordinator = coordinator();
        coordinator.get(path);

        Document found = coordinator.get(path + "?person=Valadier-Test");
        assertThat(found.select("#possible-coordinators li form > span").eachText())
                .containsExactlyInAnyOrder("Hortense Valadier-Test", "Basile Valadier-Test");
        coordinator.submit("/publications/" + book + "/manage/coordinators", Map.of("personId", Long.toString(first)));
        coordinator.get(path + "?person=Valadier-Test");
        coordinator.submit("/publications/" + book + "/manage/coordinators", Map.of("personId", Long.toString(second)));
        Document reordered = coordinator.submit("/publications/" + book + "/manage/coordinators/" + second, Map.of("action", "up"));

        assertThat(reordered.select("#coordinator-list li > span").eachText())
                .containsExactly("Basile Valadier-Test", "Hortense Valadier-Test");
        Document detail = coordinator.get("/publications/" + book);
        assertThat(detail.select(".cohorte-facts").text()).contains("Basile Valadier-Test, Hortense Valadier-Test");
        assertThat(detail.select("#citation").text()).startsWith("Valadier-Test Basile, Valadier-Test Hortense (dir.)");
        assertThat(text(coordinator, "/publications/" + book + "/citation.bib"))
                .contains("editor = {Valadier-Test, Basile and Valadier-Test, Hortense}");

        coordinator.get(path);
        Document removed = coordinator.submit("/publications/" + book + "/manage/coordinators/" + first, Map.of("action", "remove"));
        assertThat(removed.select("#coordinator-list li > span").eachText()).containsExactly("Basile Valadier-Test");
    }

    @Test
    void aCoordinatorWithAnAccountMayEditTheBookFromTheirNextLoginUntilTheyAreRemoved() {
        String email = "codirection-" + System.nanoTime() + "@ouvrage.test";
        accounts.create(email, RoleGrant.scoped(Role.PARTICIPANT, 999_999), PASSWORD);
        long colleague = jdbc.queryForObject("select person_id from account where email = ?", Long.class, email);
        long withoutAccount = person("Sans", "Compte-Test");
        BrowserlessSession coordinator = coordinator();
        assertThat(status(email, path)).as("not a coordinator yet").isEqualTo(403);

        coordinator.get(path + "?person=" + email.substring(0, email.indexOf('@')));
        Document added = coordinator.submit("/publications/" + book + "/manage/coordinators", Map.of("personId", Long.toString(colleague)));
        assertThat(added.select("#coordinator-added").text()).contains("dès sa prochaine connexion");
        assertThat(status(email, path)).isEqualTo(200);
        coordinator.get(path + "?person=Compte-Test");
        Document noAccount = coordinator.submit("/publications/" + book + "/manage/coordinators", Map.of("personId", Long.toString(withoutAccount)));
        assertThat(noAccount.select("#coordinator-added").text()).contains("n’a pas de compte");

        coordinator.submit("/publications/" + book + "/manage/coordinators/" + colleague, Map.of("action", "remove"));
        assertThat(status(email, path)).as("removed from the coordinators, the right goes too").isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ROLE_REVOKED' and target = ? and detail = ?",
                Integer.class, email, "COORDINATOR:" + book)).isEqualTo(1);
    }

    /** What a fresh login of that account gets at that path. */
    private int status(String email, String path) {
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        session.get(path);
        return session.status();
    }

    private long organisation(String name, String shortName) {
        return jdbc.queryForObject("insert into organisation (name, short_name, kind) values (?, ?, 'RESEARCH_BODY') returning id",
                Long.class, name, shortName);
    }

    private long person(String given, String family) {
        return jdbc.queryForObject("insert into person (given_name, family_name) values (?, ?) returning id", Long.class, given, family);
    }

    private static String text(BrowserlessSession session, String path) {
        return new String(session.download(path).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private BrowserlessSession coordinator() {
        String email = "description-" + System.nanoTime() + "@ouvrage.test";
        accounts.create(email, RoleGrant.scoped(Role.COORDINATOR, book), PASSWORD);
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        return session;
    }
}

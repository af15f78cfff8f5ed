package fr.cohorte.knowledge;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.web.RefusedException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry of cooperation practices: who sees what, what is kept, what the lists and exports count. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeRegistryTest {

    static final String PASSWORD = "Le mot de passe du registre";

    @LocalServerPort
    int port;

    @Autowired Practices practices;
    @Autowired Taxonomies taxonomies;
    @Autowired Recommendations recommendations;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    long type;
    long otherType;
    long domain;
    long publication34;

    @BeforeAll
    void accounts() {
        // Terms still offered: another test of the same application context may have retired one.
        List<TaxonomyTerm> types = taxonomies.offered(Taxonomy.PRACTICE_TYPE, Set.of());
        type = types.getFirst().getId();
        otherType = types.get(3).getId();
        domain = taxonomies.offered(Taxonomy.DOMAIN, Set.of()).getFirst().getId();
        publication34 = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        accounts.create("staff@registre.test", RoleGrant.global(Role.STAFF), PASSWORD);
        accounts.create("participant@registre.test", RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);
        accounts.create("coordinator@registre.test", RoleGrant.scoped(Role.COORDINATOR, publication34), PASSWORD);
    }

    @AfterEach
    void loggedOut() {
        SecurityContextHolder.clearContext();
    }

    private <T> T asStaff(Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("staff@registre.test", null, "ROLE_STAFF"));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private PracticeDetails details(String title, long typeId, Territory territory, Set<Long> domains, Integer session) {
        return new PracticeDetails(title, typeId, domains, Set.of(), territory, Set.of(), LocalDate.of(2012, 3, 1), null,
                PracticeStage.RUNNING, "Une **description**.", null, "Trente emplois pérennes.", null, null,
                PracticeEvidence.CASE_STUDY, session);
    }

    private long published(String title, long typeId, Territory territory, Set<Long> domains) {
        return asStaff(() -> {
            long id = practices.create(details(title, typeId, territory, domains, 34));
            practices.changeStatus(id, PracticeStatus.PUBLISHED);
            return id;
        });
    }

    private BrowserlessSession loggedIn(String email) {
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        return session;
    }

    @Test
    void aRetiredTermStaysOnOldPracticesButIsNoLongerOffered() {
        TaxonomyTerm term = asStaff(() -> taxonomies.add(Taxonomy.DOMAIN, "Mobilité des salariés", "Employee mobility"));
        long id = published("Prêt de main-d’œuvre entre entreprises", type, null, Set.of(term.getId()));
        asStaff(() -> {
            taxonomies.retire(term.getId());
            return null;
        });

        Document page = new BrowserlessSession(port).get("/practices/" + id);
        assertThat(page.select("#practice-facts").text()).contains("Mobilité des salariés");
        Document form = loggedIn("staff@registre.test").get("/knowledge/practices/new");
        assertThat(form.select("#practice-form label").eachText()).doesNotContain("Mobilité des salariés");
        assertThatThrownBy(() -> asStaff(() -> practices.create(details("Nouvelle", type, null, Set.of(term.getId()), 34))))
                .isInstanceOf(RefusedException.class).hasMessageContaining("taxonomy.term.retired");
        // The practice that carries it may still be saved with it.
        asStaff(() -> {
            practices.update(id, practices.editable(id).getVersion(), details("Prêt de main-d’œuvre", type, null, Set.of(term.getId()), 34));
            return null;
        });
        assertThat(new BrowserlessSession(port).get("/practices/" + id).select("h1").text()).isEqualTo("Prêt de main-d’œuvre");
    }

    @Test
    void aPracticesStatusChangeAndATermsRenamingReadOnTheAuditTrailInTheReadersLanguage() {
        long id = published("Groupement d’employeurs du journal", type, null, Set.of());
        TaxonomyTerm term = asStaff(() -> taxonomies.add(Taxonomy.DOMAIN, "Insertion du journal", "Journal inclusion"));
        asStaff(() -> {
            taxonomies.rename(term.getId(), "Insertion professionnelle du journal", "Journal inclusion");
            return null;
        });
        accounts.create("admin@registre.test", RoleGrant.global(Role.ADMIN), PASSWORD);
        BrowserlessSession admin = loggedIn("admin@registre.test");

        assertThat(auditDetail(admin, "fr", "practice:" + id))
                .isEqualTo("Statut de la pratique « Groupement d’employeurs du journal » changé — statut : Brouillon → Publiée");
        assertThat(auditDetail(admin, "en", "practice:" + id))
                .isEqualTo("Status of practice “Groupement d’employeurs du journal” changed — status: Draft → Published");
        assertThat(auditDetail(admin, "fr", "taxonomy-term:" + term.getId())).isEqualTo("Terme renommé : « Insertion professionnelle du journal »"
                + " — nom en français : Insertion du journal → Insertion professionnelle du journal");
        assertThat(auditDetail(admin, "en", "taxonomy-term:" + term.getId())).isEqualTo("Term renamed: “Insertion professionnelle du journal”"
                + " — French name: Insertion du journal → Insertion professionnelle du journal");
    }

    /** The detail of the latest entry about the target on the administrator's audit page in that language. */
    private static String auditDetail(BrowserlessSession admin, String language, String target) {
        return admin.get("/admin/audit?lang=" + language).select("#audit-events tbody tr").stream()
                .filter(row -> row.child(3).text().equals(target)).findFirst().orElseThrow().child(4).text();
    }

    @Test
    void aTerritoryIsARegionADepartmentInItsRegionOrACountryAbroad() {
        assertThat(TerritoryRegion.values()).hasSize(18);
        assertThat(TerritoryDepartment.values()).hasSize(101);
        assertThat(Territory.of(TerritoryKind.DEPARTMENT, "69").orElseThrow().regionCode()).isEqualTo("84");
        assertThat(Territory.of(TerritoryKind.DEPARTMENT, "2A").orElseThrow().regionCode()).isEqualTo("94");
        assertThat(Territory.of(TerritoryKind.DEPARTMENT, "974").orElseThrow().regionCode()).isEqualTo("04");
        assertThat(Territory.of(TerritoryKind.DEPARTMENT, "20")).isEmpty();
        assertThat(Territory.of(TerritoryKind.COUNTRY, "FR")).as("France is a region or a department").isEmpty();
        assertThat(Territory.of(TerritoryKind.COUNTRY, "DE").orElseThrow().name(java.util.Locale.FRENCH)).isEqualTo("Allemagne");

        BrowserlessSession staff = loggedIn("staff@registre.test");
        staff.get("/knowledge/practices/new");
        Document refused = staff.submit("/knowledge/practices", Map.of("title", "Une pratique mal située",
                "typeId", String.valueOf(type), "territory", "DEPARTMENT:99", "stage", "RUNNING", "evidence", "TESTIMONY"));
        assertThat(refused.select("#territory-messages").text()).contains("Choisissez une région, un département ou un pays");
        assertThat(refused.select("#title").val()).isEqualTo("Une pratique mal située");
        assertThat(jdbc.queryForObject("select count(*) from practice where title = 'Une pratique mal située'", Long.class)).isZero();
    }

    @Test
    void aDraftPracticeIsInvisibleToThePublicAndToParticipants() {
        long id = asStaff(() -> practices.create(details("Brouillon confidentiel de coopération", type, null, Set.of(), 34)));

        WebClient anonymous = new WebClient(port);
        assertThat(anonymous.page("/practices/" + id).statusCode()).isEqualTo(404);
        assertThat(anonymous.page("/practices").body()).doesNotContain("Brouillon confidentiel");
        assertThat(anonymous.send(anonymous.request("/api/v1/practices?size=100")).body()).doesNotContain("Brouillon confidentiel");
        BrowserlessSession participant = loggedIn("participant@registre.test");
        participant.get("/practices/" + id);
        assertThat(participant.status()).isEqualTo(404);
        participant.get("/knowledge/practices/" + id + "/edit");
        assertThat(participant.status()).isEqualTo(403);

        BrowserlessSession coordinator = loggedIn("coordinator@registre.test");
        assertThat(coordinator.get("/practices/" + id).select("#practice-draft-notice").text()).contains("n’est pas publiée");
        assertThat(loggedIn("staff@registre.test").get("/practices/" + id).select("h1").text()).isEqualTo("Brouillon confidentiel de coopération");
    }

    @Test
    void aCoordinatorEditsOnlyTheirSessionsPractices() {
        long ofNoSession = asStaff(() -> practices.create(details("Pratique sans session", type, null, Set.of(), null)));
        BrowserlessSession coordinator = loggedIn("coordinator@registre.test");
        coordinator.get("/knowledge/practices/" + ofNoSession + "/edit");
        assertThat(coordinator.status()).isEqualTo(403);

        coordinator.get("/knowledge/practices/new");
        coordinator.submit("/knowledge/practices", Map.of("title", "Pratique de la coordination", "typeId", String.valueOf(type),
                "territory", "REGION:53", "stage", "RUNNING", "evidence", "TESTIMONY", "sessionNumber", "34"));
        assertThat(coordinator.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select session_number from practice where title = 'Pratique de la coordination'", Integer.class))
                .isEqualTo(34);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where target like 'practice:%' and actor = 'coordinator@registre.test'",
                Long.class)).isPositive();
    }

    @Test
    void facetCountsComeFromTheSameQueryAsTheList() {
        published("Facettes : un groupement en Bretagne", otherType, Territory.of(TerritoryKind.DEPARTMENT, "29").orElseThrow(), Set.of(domain));
        published("Facettes : une SCOP à Rennes", type, Territory.of(TerritoryKind.DEPARTMENT, "35").orElseThrow(), Set.of());
        published("Facettes : la région bretonne", type, Territory.of(TerritoryKind.REGION, "53").orElseThrow(), Set.of(domain));
        asStaff(() -> practices.create(details("Facettes : brouillon breton", type, Territory.of(TerritoryKind.REGION, "53").orElseThrow(),
                Set.of(domain), 34)));

        PracticeFilter brittany = PracticeFilter.none().withRegion("53");
        PracticeFacets facets = practices.publishedFacets(brittany);
        long listed = practices.published(brittany, fr.cohorte.web.Paging.first(100)).getTotalElements();
        assertThat(listed).isEqualTo(3);
        assertThat(facets.region("53")).isEqualTo(3);
        assertThat(facets.department("29")).isEqualTo(1);
        assertThat(facets.types().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(listed);
        assertThat(facets.domains().get(domain)).as("the draft is not counted").isEqualTo(2);

        Document page = new BrowserlessSession(port).get("/practices?region=53");
        assertThat(page.select("#practice-count").text()).isEqualTo("3 pratiques");
        assertThat(page.select("#practices > li")).hasSize(3);
        assertThat(page.select("#map-table-regions tbody tr").text()).contains("Bretagne 3");
        assertThat(page.select("#map-regions a[data-region=53] title").text()).isEqualTo("Bretagne : 3 pratiques");
        assertThat(page.select("#map-departments a[data-department=29]").attr("href")).contains("department=29");
    }

    @Test
    void theExportsHoldThePublishedPracticesOnly() throws Exception {
        long id = published("Export : le GEIQ du bâtiment", otherType, Territory.of(TerritoryKind.COUNTRY, "DE").orElseThrow(), Set.of(domain));
        asStaff(() -> practices.create(details("Export : un brouillon", otherType, Territory.of(TerritoryKind.COUNTRY, "DE").orElseThrow(), Set.of(), 34)));

        BrowserlessSession anonymous = new BrowserlessSession(port);
        HttpResponse<byte[]> csv = anonymous.download("/practices/export.csv?country=DE&type=" + otherType);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Export : le GEIQ du bâtiment").contains("Allemagne").contains("Étude de cas")
                .doesNotContain("Export : un brouillon");

        HttpResponse<byte[]> xlsx = anonymous.download("/practices/export.xlsx?country=DE&type=" + otherType);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("titre");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Export : le GEIQ du bâtiment");
        }

        WebClient api = new WebClient(port);
        JsonNode page = json.readTree(api.send(api.request("/api/v1/practices?country=DE&type=" + otherType)).body());
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(id);
        assertThat(item.get("territory").get("code").asText()).isEqualTo("DE");
        assertThat(item.get("evidence").asText()).isEqualTo("CASE_STUDY");
    }

    @Test
    void aJavascriptLinkIsRefusedAsASource() {
        long id = asStaff(() -> practices.create(details("Pratique aux liens", type, null, Set.of(), 34)));
        assertThatThrownBy(() -> PracticeSource.link("javascript:alert(1)", "piège")).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> PracticeSource.link("JavaScript:alert(1)", null)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> PracticeSource.document("Rapport", "data:text/html,x")).isInstanceOf(RefusedException.class);

        BrowserlessSession staff = loggedIn("staff@registre.test");
        staff.get("/knowledge/practices/" + id + "/edit");
        Document refused = staff.submit("/knowledge/practices/" + id + "/sources", Map.of("kind", "LINK", "url", "javascript:alert(1)", "label", "piège"));
        assertThat(refused.select("#url-messages").text()).contains("http:// ou https://");
        assertThat(refused.select("#url").val()).isEqualTo("javascript:alert(1)");
        staff.submit("/knowledge/practices/" + id + "/sources", Map.of("kind", "LINK", "url", "https://www.geiq.net/", "label", "Les GEIQ"));
        assertThat(jdbc.queryForList("select url from practice_source where practice_id = ?", String.class, id))
                .containsExactly("https://www.geiq.net/");
    }

    @Test
    void markdownFieldsAreSanitised() {
        long id = asStaff(() -> {
            long created = practices.create(new PracticeDetails("Pratique piégée", type, Set.of(), Set.of(), null, Set.of(), null, null,
                    PracticeStage.IDEA, "Texte <script>alert('x')</script> et [lien](javascript:alert(1)) <img src=x onerror=alert(1)>",
                    null, "**Résultat**", null, null, PracticeEvidence.TESTIMONY, 34));
            practices.changeStatus(created, PracticeStatus.PUBLISHED);
            return created;
        });
        String html = new WebClient(port).page("/practices/" + id).body();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#practice-description script")).isEmpty();
        assertThat(page.select("#practice-description [onerror]")).isEmpty();
        assertThat(page.select("#practice-description a[href^=javascript]")).isEmpty();
        assertThat(page.select("#practice-results strong").text()).isEqualTo("Résultat");
    }

    @Test
    void draftFromPassageKeepsTheExactPassageWithItsPrefixAndSuffix() {
        long note = jdbc.queryForObject("""
                insert into contribution (session_number, kind, title, body, visibility, created_at, updated_at)
                values (34, 'NOTE', 'Registre : la note d’où vient le passage', 'Dans la vallée, le groupement d’employeurs partage'
                        || ' trois techniciens entre cinq PME.', 'COHORT', now(), now()) returning id""", Long.class);
        long id = asStaff(() -> practices.draftFromPassage(34, note, "le groupement d’employeurs partage trois techniciens",
                "Dans la vallée, ", " entre cinq PME.", "Un groupement d’employeurs de vallée", null));

        Map<String, Object> source = jdbc.queryForMap("select * from practice_source where practice_id = ?", id);
        assertThat(source).containsEntry("kind", "CONTRIBUTION").containsEntry("contribution_id", note)
                .containsEntry("quote_exact", "le groupement d’employeurs partage trois techniciens")
                .containsEntry("quote_prefix", "Dans la vallée, ").containsEntry("quote_suffix", " entre cinq PME.");
        assertThat(jdbc.queryForObject("select status from practice where id = ?", String.class, id)).isEqualTo("DRAFT");

        Document page = loggedIn("coordinator@registre.test").get("/practices/" + id);
        assertThat(page.select("#practice-provenance blockquote").text())
                .isEqualTo("Dans la vallée, le groupement d’employeurs partage trois techniciens entre cinq PME.");
        assertThat(page.select("#practice-provenance mark").text()).isEqualTo("le groupement d’employeurs partage trois techniciens");
    }

    @Test
    void aPracticesPageListsItsRecommendationsAndCitesIt() {
        long id = published("Citer : la SCIC de territoire", type, null, Set.of());
        long recommendation = asStaff(() -> {
            long created = recommendations.create(new RecommendationDetails("Soutenir les SCIC", "Ouvrir les **SCIC** aux collectivités.",
                    null, null, Set.of(RecommendationAddressee.STATE, RecommendationAddressee.LOCAL_AUTHORITIES), Set.of(id), null, 34));
            recommendations.changeStatus(created, RecommendationStatus.PUBLISHED);
            return created;
        });
        Document page = new BrowserlessSession(port).get("/practices/" + id);
        assertThat(page.select("#practice-recommendations a").attr("href")).isEqualTo("/recommendations/" + recommendation);
        assertThat(page.select("#practice-citation").text()).startsWith("Intefp (").contains("Citer : la SCIC de territoire")
                .contains("34e session nationale");
        assertThat(page.select("#practice-bibtex").text()).startsWith("@misc{intefp");
        Document recommendationPage = new BrowserlessSession(port).get("/recommendations/" + recommendation);
        assertThat(recommendationPage.select(".cohorte-facts dd").first().text()).isEqualTo("L’État, Les collectivités territoriales");
        assertThat(recommendationPage.select("#recommendation-practices a").text()).isEqualTo("Citer : la SCIC de territoire");
    }

    @Test
    void aFrenchWordInAnotherInflectionAndWithoutAccentsFindsAPublishedPractice() {
        published("Les coopératives d’emploi du Limousin", type, null, Set.of());
        asStaff(() -> practices.create(details("Les coopératives secrètes", type, null, Set.of(), 34)));
        Document found = new BrowserlessSession(port).get("/search?q=cooperative");
        List<String> titles = found.select("#search-hits > li").eachText();
        assertThat(String.join(" ", titles)).contains("Limousin").doesNotContain("secrètes");
    }
}

package fr.cohorte.recruitment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's sentences are stored as codes and worded when someone reads them: whoever ran the selection,
 * each reader gets the explanations, horizons, genders, regions and numbers in their own language, on the
 * page and in the exported file alike.
 */
@CohorteTest
class SelectionInReadersLanguageTest {

    private static final String PASSWORD = "Mot de passe des langues";

    /** Words only the French sentences of a selection use. */
    private static final List<String> FRENCH = List.of("Retenue", "retenue", "retenir", "la place", "note", "« ", "horizon",
            "Organisations syndicales", "Entreprises", "Femme", "Homme", "Bretagne");

    /** Words only the English sentences of a selection use. */
    private static final List<String> ENGLISH = List.of("Selected", "selected", "instead of", "score", "“", "background",
            "Trade unions", "Companies", "Woman", "Man", "Brittany");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    JdbcTemplate jdbc;

    Session session;
    String base;
    Pools pools;
    Map<String, Application> byName = new HashMap<>();

    /** Four seats, one per organisation, at least one trade unionist, and scores with decimals. */
    @BeforeEach
    void sevenApplications() {
        session = new Calls(programme, applications).open();
        base = "/staff/sessions/" + session.getNumber() + "/selection";
        pools = new Pools(applications, jdbc);
        add("Anne", "Etat", Pools.STATE, Gender.FEMALE, "Ministère du Travail", Region.ILE_DE_FRANCE, "18.5");
        add("Bruno", "Etat", Pools.STATE, Gender.MALE, "Préfecture du Rhône", Region.AUVERGNE_RHONE_ALPES, "17");
        add("Chloé", "Syndicat", Pools.UNION, Gender.FEMALE, "CFDT", Region.BRETAGNE, "12.25");
        add("David", "Syndicat", Pools.UNION, Gender.MALE, "CGT", Region.BRETAGNE, "11");
        add("Emma", "Entreprise", Pools.COMPANY, Gender.FEMALE, "Renault", Region.ILE_DE_FRANCE, "16");
        add("Fabien", "Entreprise", Pools.COMPANY, Gender.MALE, "Renault", Region.NORMANDIE, "15");
    }

    @Test
    void aRunMadeInFrenchReadsInEnglishWithNoFrenchSentence() {
        BrowserlessSession french = staff("langues.fr@cohorte.test", "fr");
        String run = runWithAUnionMinimum(french);
        Document frenchPage = french.get(run);
        assertThat(explanation(frenchPage, "Chloé"))
                .isEqualTo("Retenue (note 12,25) pour tenir le minimum de 1 pour horizon « Organisations syndicales », "
                        + "devant des candidatures mieux notées.");

        BrowserlessSession english = staff("langues.en@cohorte.test", "en");
        Document page = english.get(run);

        assertThat(explanation(page, "Chloé"))
                .isEqualTo("Selected (score 12.25) to meet the minimum of 1 for background “Trade unions”, ahead of higher scores.");
        assertThat(explanation(page, "Fabien")).as("a waiting candidate is compared with a participant, named without elision")
                .contains("instead of Emma Entreprise (score 16)");
        assertThat(cells(page, "Chloé")).as("horizon, gender, organisation, region, score").containsExactly(
                "Trade unions", "Woman", "CFDT", "Brittany", "12.25");
        assertThat(page.select(".explanation").eachText()).hasSize(6)
                .allSatisfy(sentence -> assertThat(sentence).doesNotContain(FRENCH));
    }

    @Test
    void aRunMadeInEnglishReadsInFrenchWithNoEnglishSentence() {
        BrowserlessSession english = staff("langues.en2@cohorte.test", "en");
        String run = runWithAUnionMinimum(english);

        BrowserlessSession french = staff("langues.fr2@cohorte.test", "fr");
        Document page = french.get(run);

        assertThat(explanation(page, "Chloé"))
                .isEqualTo("Retenue (note 12,25) pour tenir le minimum de 1 pour horizon « Organisations syndicales », "
                        + "devant des candidatures mieux notées.");
        assertThat(explanation(page, "Fabien")).as("with the elision French asks for").contains("à la place d’Emma Entreprise (note 16)");
        assertThat(cells(page, "Chloé")).containsExactly("Organisations syndicales", "Femme", "CFDT", "Bretagne", "12,25");
        assertThat(page.select(".explanation").eachText()).hasSize(6)
                .allSatisfy(sentence -> assertThat(sentence).doesNotContain(ENGLISH));
    }

    @Test
    void theExportOfARunFollowsTheReadersLanguage() throws IOException {
        BrowserlessSession french = staff("langues.export.fr@cohorte.test", "fr");
        String run = runWithAUnionMinimum(french);
        BrowserlessSession english = staff("langues.export.en@cohorte.test", "en");

        HttpResponse<byte[]> csv = english.download(run + "/export?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow())
                .contains("Outcome", "Rank", "Name", "Horizon", "Gender", "Organisation", "Region", "Score", "Explanation");
        assertThat(text.lines().filter(line -> line.contains("Chloé Syndicat")).findFirst().orElseThrow())
                .contains("Selected", "Trade unions", "Woman", "Brittany", "12.25",
                        "Selected (score 12.25) to meet the minimum of 1 for background “Trade unions”");
        assertThat(text).doesNotContain(FRENCH.subList(0, 7));

        HttpResponse<byte[]> xlsx = french.download(run + "/export?format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("Résultat", "Rang", "Nom", "Horizon", "Genre", "Organisation",
                    "Région", "Note", "Explication");
            Row chloe = rowOf(sheet, "Chloé Syndicat");
            assertThat(chloe.getCell(0).getStringCellValue()).isEqualTo("Retenue");
            assertThat(chloe.getCell(3).getStringCellValue()).isEqualTo("Organisations syndicales");
            assertThat(chloe.getCell(7).getCellType()).as("the score is a number Excel can sum").isEqualTo(CellType.NUMERIC);
            assertThat(chloe.getCell(7).getNumericCellValue()).isEqualTo(12.25);
            assertThat(chloe.getCell(8).getStringCellValue()).startsWith("Retenue (note 12,25) pour tenir le minimum de 1");
        }
    }

    @Test
    void aRunRecordedBeforeItsSentencesWereCodesStillShowsItsOldSentences() {
        BrowserlessSession french = staff("langues.ancien@cohorte.test", "fr");
        String run = runWithAUnionMinimum(french);
        long id = Long.parseLong(run.substring(run.lastIndexOf('/') + 1));
        String response = jdbc.queryForObject("select response from selection_run where id = ?", String.class, id);
        String chloe = SelectionPool.idOf(byName.get("Chloé"));
        jdbc.update("update selection_run set reasons = null, response = ? where id = ?",
                response.replace("\"explanations\":{}", "\"explanations\":{\"" + chloe + "\":\"Retenue (note 12.25).\"}"), id);

        BrowserlessSession english = staff("langues.ancien.en@cohorte.test", "en");
        Document page = english.get(run);

        assertThat(page.select("#selected tbody th").eachText()).contains("Chloé Syndicat");
        assertThat(explanation(page, "Chloé")).as("as it was written when the run was made").isEqualTo("Retenue (note 12.25).");
    }

    /** Runs the selection with four seats and at least one trade unionist; returns the run's page. */
    private String runWithAUnionMinimum(BrowserlessSession staff) {
        Document form = staff.get(base + "/settings");
        Element union = form.select("fieldset[id^=quota-]:has(legend:containsOwn(" + (isEnglish(form) ? "Trade unions" : "Organisations syndicales")
                + "))").first();
        Map<String, String> fields = new HashMap<>(Map.of("seats", "4", "maxPerOrganisation", "1"));
        fields.put("quotas[" + union.id().substring("quota-".length()) + "].min", "1");
        assertThat(staff.submit(base + "/settings", fields).select("#notice")).hasSize(1);
        staff.submit(base + "/runs", Map.of());
        assertThat(staff.path()).startsWith(base + "/runs/");
        return staff.path();
    }

    private static boolean isEnglish(Document page) {
        return "en".equals(page.select("html").attr("lang"));
    }

    private String explanation(Document page, String givenName) {
        return page.select("#candidate-" + byName.get(givenName).getId() + " .explanation").text();
    }

    private List<String> cells(Document page, String givenName) {
        return page.select("#candidate-" + byName.get(givenName).getId() + " > td").eachText().subList(0, 5);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Row rowOf(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(2) != null && row.getCell(2).getCellType() == CellType.STRING && name.equals(row.getCell(2).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(name + " is not in the export");
    }

    private void add(String givenName, String familyName, String background, Gender gender, String organisation, Region region,
                     String score) {
        byName.put(givenName, pools.apply(session, givenName, familyName, background, gender, organisation, region, score));
    }

    private BrowserlessSession staff(String email, String language) {
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);
        staff.get("/?lang=" + language);
        return staff;
    }
}

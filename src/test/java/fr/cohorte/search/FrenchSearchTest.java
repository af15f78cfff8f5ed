package fr.cohorte.search;

import fr.cohorte.CohorteTest;
import fr.cohorte.session.ActivityVisibility;
import fr.cohorte.session.Seminar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What matches what in French: the examples of the README's "Search" section, one rule each. */
@CohorteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrenchSearchTest {

    static final String COOPERATIVES = "Les coopératives d’activité et d’emploi";
    static final String COOPERATIVE = "Une coopérative de territoire";
    static final String COOPERATION = "La coopération entre régions";
    static final String ECONOMY = "Économie sociale et solidaire";
    static final String ENTERPRISE_STRAIGHT = "Visite de l'entreprise libérée";
    static final String ENTERPRISE_CURLY = "Visite de l’entreprise Favi";
    static final String TRAINING = "Formation professionnelle des salariés";
    static final String TRAINING_APART = "La formation des élus, une exigence professionnelle";
    static final String UNIONS = "Syndicats et employeurs";

    @Autowired SearchFixtures fixtures;

    @BeforeAll
    void publicActivities() {
        Seminar seminar = fixtures.seminar(91, "Session des mots");
        for (String title : new String[] {COOPERATIVES, COOPERATIVE, COOPERATION, ECONOMY, ENTERPRISE_STRAIGHT, ENTERPRISE_CURLY,
                TRAINING, TRAINING_APART, UNIONS}) {
            fixtures.activity(seminar, title, null, ActivityVisibility.PUBLIC);
        }
    }

    @Autowired SiteSearch search;

    /** The titles found in this test's session (other tests of the same context write other sessions). */
    private java.util.List<String> found(String q) {
        return search.find(new SearchQuery(q, null, 91), SearchReader.anonymous(), fr.cohorte.web.Paging.first(20)).hits().stream()
                .map(hit -> org.springframework.web.util.HtmlUtils.htmlUnescape(hit.title().replaceAll("</?mark>", ""))).toList();
    }

    @Test
    void aPluralFindsTheSingularAndTheOtherWayRound() {
        assertThat(found("coopératives")).containsExactlyInAnyOrder(COOPERATIVES, COOPERATIVE);
        assertThat(found("coopérative")).containsExactlyInAnyOrder(COOPERATIVES, COOPERATIVE);
        assertThat(found("syndicat")).containsExactly(UNIONS);
        assertThat(found("emplois")).containsExactly(COOPERATIVES);
    }

    @Test
    void coopérativesDoesNotFindCoopérationTheLightStemmerKeepsThemApart() {
        assertThat(found("coopératives")).doesNotContain(COOPERATION);
        assertThat(found("coopération")).containsExactly(COOPERATION);
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(found("economie")).containsExactly(ECONOMY);
        assertThat(found("ÉCONOMIE")).containsExactly(ECONOMY);
        assertThat(found("cooperatives")).containsExactlyInAnyOrder(COOPERATIVES, COOPERATIVE);
    }

    @Test
    void anAdjectiveFindsItsNounWhenTheyShareAStem() {
        assertThat(found("économique")).containsExactly(ECONOMY);
    }

    @Test
    void anElidedArticleIsDroppedWithEitherApostrophe() {
        assertThat(found("entreprise")).containsExactlyInAnyOrder(ENTERPRISE_STRAIGHT, ENTERPRISE_CURLY);
        assertThat(found("l’entreprise")).containsExactlyInAnyOrder(ENTERPRISE_STRAIGHT, ENTERPRISE_CURLY);
        assertThat(found("l'entreprise")).containsExactlyInAnyOrder(ENTERPRISE_STRAIGHT, ENTERPRISE_CURLY);
    }

    @Test
    void everyWordMustBeFoundAndQuotesKeepThemTogether() {
        assertThat(found("formation professionnelle")).containsExactlyInAnyOrder(TRAINING, TRAINING_APART);
        assertThat(found("\"formation professionnelle\"")).containsExactly(TRAINING);
    }

    @Test
    void theVeryWordTypedComesBeforeItsOtherForms() {
        assertThat(found("coopérative")).first().isEqualTo(COOPERATIVE);
    }

    @Test
    void aMisspelledWordGetsASuggestionFromWhatTheReaderMaySee() {
        SearchResults results = fixtures.find("cooperatoin", SearchReader.anonymous());
        assertThat(results.hits().getTotalElements()).isZero();
        assertThat(results.suggestion()).isEqualTo("coopération");
    }

    @Test
    void theSnippetMarksTheWordsFoundAndEscapesEverythingElse() {
        Seminar seminar = fixtures.seminar(92, "Session du balisage");
        fixtures.activity(seminar, "Atelier <b>gras</b>", "<script>alert('x')</script> un texte sur l’artisanat & <i>la</i> ébénisterie",
                ActivityVisibility.PUBLIC);
        SearchHit hit = fixtures.find("artisanat", SearchReader.anonymous()).hits().getContent().getFirst();
        assertThat(hit.title()).isEqualTo("Atelier &lt;b&gt;gras&lt;/b&gt;");
        assertThat(hit.snippet()).contains("l’<mark>artisanat</mark>").contains("&lt;script&gt;").contains("&amp;")
                .doesNotContain("<script").doesNotContain("<i>");
    }
}

package fr.cohorte.search;

import java.util.Set;

import fr.cohorte.CohorteTest;
import fr.cohorte.directory.Person;
import fr.cohorte.session.ActivityVisibility;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Seminar;
import fr.cohorte.web.Paging;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.cohorte.search.SearchFixtures.personOf;
import static fr.cohorte.search.SearchFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who finds what: each rule of visibility, as a reader of the search box would meet it. The hidden
 * items hold words nobody else's do, so that any leak (a hit, a count, a suggestion) would show.
 */
@CohorteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchVisibilityTest {

    @Autowired SearchFixtures fixtures;
    @Autowired SiteSearch search;
    @Autowired ProgrammeEditor programme;

    Person participant;
    Person participantOfAnotherSession;

    @BeforeAll
    void aSessionWithPublicAndCohortOnlyActivities() {
        Seminar seminar = fixtures.seminar(71, "Coopérer dans les territoires");
        fixtures.activity(seminar, "Audition sur la mutualisation d’emplois", "Les SCOP et les SCIC d’un bassin d’emploi.", ActivityVisibility.PUBLIC);
        fixtures.activity(seminar, "Dîner de fraternisation et de mutualisation", "Réservé à la promotion : logistique.", ActivityVisibility.COHORT);
        Seminar other = fixtures.seminar(72, "Une autre session");
        participant = fixtures.participant(programme.session(71), "Alice", "Martin");
        participantOfAnotherSession = fixtures.participant(programme.session(72), "Bruno", "Durand");
        fixtures.activity(other, "Atelier de la session voisine", "Rien à voir.", ActivityVisibility.PUBLIC);
    }

    @Test
    void anAnonymousVisitorFindsPublicActivitiesButNoCohortOnlyOne() {
        assertThat(fixtures.titles("mutualisation", SearchReader.anonymous())).containsExactly("Audition sur la mutualisation d’emplois");
        assertThat(fixtures.titles("fraternisation", SearchReader.anonymous())).isEmpty();
    }

    @Test
    void aParticipantFindsTheCohortOnlyActivitiesOfTheirSession() {
        assertThat(fixtures.titles("fraternisation", personOf(participant))).containsExactly("Dîner de fraternisation et de mutualisation");
    }

    @Test
    void aParticipantOfAnotherSessionFindsNoCohortOnlyActivityOfThisOne() {
        assertThat(fixtures.titles("fraternisation", personOf(participantOfAnotherSession))).isEmpty();
        assertThat(fixtures.titles("mutualisation", personOf(participantOfAnotherSession))).containsExactly("Audition sur la mutualisation d’emplois");
    }

    @Test
    void aParticipantRoleOfTheSessionOpensItsCohortOnlyActivitiesToo() {
        SearchReader granted = new SearchReader(null, Set.of("ROLE_PARTICIPANT", "PARTICIPANT:71"));
        assertThat(fixtures.titles("fraternisation", granted)).hasSize(1);
    }

    @Test
    void staffFindEveryActivityAndThePersonsOfTheDirectory() {
        assertThat(fixtures.titles("mutualisation", staff())).hasSize(2);
        assertThat(fixtures.titles("Martin", staff())).containsExactly("Alice Martin");
    }

    @Test
    void nobodyButStaffFindsAPersonOfTheDirectory() {
        assertThat(fixtures.titles("Martin", SearchReader.anonymous())).isEmpty();
        assertThat(fixtures.titles("Martin", personOf(participant))).isEmpty();
        assertThat(fixtures.titles("alice.martin@exemple.test", personOf(participant))).isEmpty();
    }

    @Test
    void facetCountsNeverCountAHiddenItem() {
        SearchResults anonymous = fixtures.find("mutualisation", SearchReader.anonymous());
        assertThat(anonymous.hits().getTotalElements()).isEqualTo(1);
        assertThat(anonymous.kinds()).containsExactly(new SearchResults.FacetCount<>("activity", 1L));
        assertThat(anonymous.sessions()).containsExactly(new SearchResults.FacetCount<>(71, 1L));

        SearchResults ofTheCohort = fixtures.find("mutualisation", personOf(participant));
        assertThat(ofTheCohort.kinds()).containsExactly(new SearchResults.FacetCount<>("activity", 2L));
    }

    @Test
    void aFacetChosenByHandStillCountsOnlyWhatTheReaderMaySee() {
        SearchResults forged = search.find(new SearchQuery("fraternisation", "activity", 71), SearchReader.anonymous(), Paging.first(10));
        assertThat(forged.hits().getTotalElements()).isZero();
        assertThat(forged.kinds()).isEmpty();
    }

    @Test
    void aSuggestionNeverSpellsAWordOfAHiddenItem() {
        assertThat(fixtures.find("fraternisatoin", SearchReader.anonymous()).suggestion()).isNull();
        assertThat(fixtures.find("fraternisatoin", personOf(participant)).suggestion()).isEqualTo("fraternisation");
    }

    @Test
    void aCohortOnlyHitLeadsStaffToTheCohortsProgrammeAndParticipantsToTheirs() {
        assertThat(fixtures.find("fraternisation", staff()).hits().getContent().getFirst().url())
                .isEqualTo("/sessions/71/programme/cohort#seminar-1");
        assertThat(fixtures.find("fraternisation", personOf(participant)).hits().getContent().getFirst().url())
                .isEqualTo("/me/programme#seminar-1");
        assertThat(fixtures.find("mutualisation", SearchReader.anonymous()).hits().getContent().getFirst().url())
                .isEqualTo("/sessions/71/programme#seminar-1");
    }
}

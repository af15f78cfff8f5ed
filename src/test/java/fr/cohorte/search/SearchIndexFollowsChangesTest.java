package fr.cohorte.search;

import java.time.Duration;
import java.util.Set;

import fr.cohorte.CohorteTest;
import fr.cohorte.directory.Civility;
import fr.cohorte.directory.Organisation;
import fr.cohorte.directory.OrganisationDetails;
import fr.cohorte.directory.OrganisationKind;
import fr.cohorte.directory.OrganisationMerge;
import fr.cohorte.directory.Organisations;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.PersonDetails;
import fr.cohorte.directory.PersonErasure;
import fr.cohorte.directory.PersonMerge;
import fr.cohorte.directory.Persons;
import fr.cohorte.session.ActivityVisibility;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Seminar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static fr.cohorte.search.SearchFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The index follows every change once its transaction commits: edits through the entities, and the
 * bulk ones made in SQL (merges), which name what they touched; an erased person is gone at once.
 */
@CohorteTest
class SearchIndexFollowsChangesTest {

    @Autowired SearchFixtures fixtures;
    @Autowired Persons persons;
    @Autowired PersonErasure erasure;
    @Autowired PersonMerge personMerge;
    @Autowired Organisations organisations;
    @Autowired OrganisationMerge organisationMerge;
    @Autowired ProgrammeEditor programme;
    @Autowired Reindexing reindexing;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anErasedPersonIsGoneFromTheIndexWhenTheErasureCommits() {
        Person person = fixtures.person("Clémence", "Vasseur");
        assertThat(fixtures.titles("Vasseur", staff())).containsExactly("Clémence Vasseur");

        erasure.erase(person.getId());

        assertThat(fixtures.titles("Vasseur", staff())).isEmpty();
        assertThat(fixtures.titles("clemence.vasseur@exemple.test", staff())).isEmpty();
        assertThat(fixtures.titles("anonymisée", staff())).isEmpty();
    }

    @Test
    void aMergedPersonIsFoundOnceUnderTheKeptRecord() {
        Person kept = fixtures.person("Gaëlle", "Perrin");
        Person duplicate = persons.create(new PersonDetails(Civility.MS, "Gaelle", "Perrin", "g.perrin@exemple.test",
                null, "Déléguée syndicale", null, null), null, null, true);
        assertThat(fixtures.titles("Perrin", staff())).hasSize(2);

        personMerge.merge(kept.getId(), duplicate.getId(), Set.of(fr.cohorte.directory.PersonField.POSITION));

        assertThat(fixtures.find("Perrin", staff()).hits().getContent()).singleElement()
                .satisfies(hit -> assertThat(hit.url()).isEqualTo("/directory/persons/" + kept.getId()));
        assertThat(fixtures.titles("déléguée syndicale", staff())).containsExactly("Gaëlle Perrin");
    }

    @Test
    void theMembersOfAMergedOrganisationAreFoundByTheKeptOnesName() {
        Organisation kept = organisations.create(new OrganisationDetails("Coopérative Horizon Bretagne", null, OrganisationKind.COMPANY,
                null, null, null, null));
        Organisation duplicate = organisations.create(new OrganisationDetails("Horizon Bzh", null, OrganisationKind.COMPANY,
                null, null, null, null));
        persons.create(new PersonDetails(Civility.MR, "Yann", "Le Goff", "yann.legoff@exemple.test", null, null, null, null),
                duplicate.getId(), null, true);
        assertThat(fixtures.titles("Bzh", staff())).contains("Yann Le Goff");

        organisationMerge.merge(kept.getId(), duplicate.getId());

        assertThat(fixtures.titles("Bzh", staff())).isEmpty();
        assertThat(fixtures.titles("Horizon Bretagne", staff())).containsExactlyInAnyOrder("Coopérative Horizon Bretagne", "Yann Le Goff");
    }

    @Test
    void renamingAnOrganisationRenamesItInItsMembersEntries() {
        Organisation organisation = organisations.create(new OrganisationDetails("Atelier Quimper", null, OrganisationKind.COMPANY,
                null, null, null, null));
        persons.create(new PersonDetails(Civility.MR, "Erwan", "Kerhervé", "erwan.kerherve@exemple.test", null, null, null, null),
                organisation.getId(), null, true);

        organisations.update(organisation.getId(), organisation.getVersion(), new OrganisationDetails("Fabrique de Cornouaille", null,
                OrganisationKind.COMPANY, null, null, null, null));

        assertThat(fixtures.titles("Cornouaille", staff())).containsExactlyInAnyOrder("Fabrique de Cornouaille", "Erwan Kerhervé");
        assertThat(fixtures.titles("Quimper", staff())).isEmpty();
    }

    @Test
    void anActivityTurnedCohortOnlyLeavesThePublicsResults() {
        Seminar seminar = fixtures.seminar(81, "Session des changements");
        var activity = fixtures.activity(seminar, "Visite de la menuiserie Tanguy", "Une SCOP de menuisiers.", ActivityVisibility.PUBLIC);
        assertThat(fixtures.titles("menuiserie", SearchReader.anonymous())).hasSize(1);

        var details = activity.details();
        programme.updateActivity(activity.getId(), activity.getVersion(), new fr.cohorte.session.ActivityDetails(details.type(),
                details.title(), details.description(), details.startsAt(), details.endsAt(), details.venue(), details.address(),
                details.speakerIds(), details.hostOrganisationId(), details.language(), details.interpretation(),
                ActivityVisibility.COHORT, details.parallelTrack()));

        assertThat(fixtures.titles("menuiserie", SearchReader.anonymous())).isEmpty();
        assertThat(fixtures.titles("menuiserie", staff())).hasSize(1);
    }

    @Test
    void aFullReindexFindsWhatWasWrittenInSqlAndCountsItsProgress() {
        Seminar seminar = fixtures.seminar(82, "Session écrite à la main");
        fixtures.activity(seminar, "Audition des forestiers", "Une filière du bois.", ActivityVisibility.PUBLIC);
        jdbc.update("update activity set title = 'Rencontre des bûcherons' where seminar_id = ?", seminar.getId());
        assertThat(fixtures.titles("bûcherons", SearchReader.anonymous())).isEmpty();

        assertThat(reindexing.start(true)).isTrue();
        // A bound, not a timing assertion: a broken reindex fails the test instead of hanging it.
        await().atMost(Duration.ofSeconds(60)).until(() -> !reindexing.progress().running());

        Reindexing.Progress done = reindexing.progress();
        assertThat(done.state()).isEqualTo(Reindexing.State.DONE);
        assertThat(done.done()).isEqualTo(done.total()).isPositive();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(fixtures.titles("bûcherons", SearchReader.anonymous())).containsExactly("Rencontre des bûcherons");
    }
}

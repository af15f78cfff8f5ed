package fr.cohorte.grouping;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.cohorte.CohorteTest;
import fr.cohorte.audit.AuditEntries;
import fr.cohorte.audit.AuditEvent;
import fr.cohorte.directory.PersonErasure;
import fr.cohorte.session.SessionCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every change staff make to a session's working groups is in the audit trail, in the reader's
 * language with its values before and after: rounds, settings, staff locks, absences, never-together
 * pairs, the solve, the acceptance of a proposal and the publication of groups. An entry that names
 * a person is about that person, so that their erasure leaves their name nowhere in the trail.
 */
// A context of their own, so a database of their own: these tests publish, delete and solve on session 34,
// which the other demo tests, sharing one context, count on as the demo left it.
@CohorteTest(properties = {"cohorte.demo.enabled=true", "cohorte.test.context=grouping-changes"})
class GroupingAuditTest {

    private static final int SESSION = 34;
    private static final String STAFF = "groupes-journal@cohorte.test";

    @Autowired
    GroupWork work;

    @Autowired
    GroupSolving solving;

    @Autowired
    SessionCatalogue sessions;

    @Autowired
    AuditEntries trail;

    @Autowired
    PersonErasure erasure;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void actAsStaff() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(STAFF, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_STAFF")));
    }

    @AfterEach
    void forgetRoundsAndTheActor() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from grouping_solve");
        jdbc.update("delete from work_round");
        jdbc.update("delete from grouping_settings");
    }

    @Test
    void roundsSettingsLocksAbsencesTheSolveAcceptanceAndPublicationAreAuditedInTheReadersLanguage() {
        long mark = trail.mark();
        String seminar = sessions.byNumber(SESSION).getSeminars().getFirst().getTitle();
        Round round = work.createRounds(SESSION, sizing(6), 1).getFirst();
        int position = round.getPosition();
        work.updateRound(SESSION, round.getId(), sizing(5));
        work.saveSettings(SESSION, new MixingWeights(10, 40, 100, 4, 4), 1);
        List<CohortMember> cohort = work.of(SESSION).cohort();
        CohortMember locked = cohort.get(0);
        CohortMember absent = cohort.get(1);
        work.lock(SESSION, round.getId(), locked.participantId(), 2);
        work.markAbsent(SESSION, round.getId(), Set.of(absent.participantId()));
        solving.start(SESSION, false);
        await("the solve to end").atMost(Duration.ofSeconds(60)).until(() -> !solving.isRunning(SESSION));
        work.accept(SESSION);
        work.publish(SESSION);

        assertThat(trail.read("round:" + round.getId(), mark, Locale.FRENCH)).containsExactly(
                "CREATED Tour " + position + " de la session 34 créé — rencontre : (vide) → " + seminar + " ; nombre de groupes : (vide) → 6",
                "UPDATED Tour " + position + " de la session 34 modifié — nombre de groupes : 6 → 5");
        assertThat(trail.read("round:" + round.getId(), mark, Locale.ENGLISH)).containsExactly(
                "CREATED Round " + position + " of session 34 created — seminar: (empty) → " + seminar + "; number of groups: (empty) → 6",
                "UPDATED Round " + position + " of session 34 edited — number of groups: 6 → 5");
        assertThat(trail.read("person:" + locked.personId(), mark, Locale.FRENCH)).containsExactly(
                "UPDATED Placement imposé : " + locked.name() + " dans le groupe 2 du tour " + position + " de la session 34"
                        + " — groupe imposé : (vide) → 2");
        assertThat(trail.read("person:" + absent.personId(), mark, Locale.ENGLISH)).containsExactly(
                "UPDATED Absence of " + absent.name() + " from round " + position + " of session 34");
        assertThat(trail.read("session:34", mark, Locale.FRENCH)).containsExactly(
                "UPDATED Réglages des groupes de la session 34 modifiés — poids « Mélange des horizons » : 32 → 40 ; durée du calcul (s) : 10 → 1",
                "UPDATED Calcul des groupes de la session 34 lancé à partir de zéro, pour 1 s au plus (tours à former : 1)",
                "UPDATED Calcul des groupes de la session 34 terminé : ses groupes sont proposés (tours formés : 1)",
                "UPDATED Groupes proposés acceptés dans la session 34 (tours " + position + ")",
                "UPDATED Groupes publiés aux participants de la session 34 (tours " + position + ")");
        assertThat(trail.read("session:34", mark, Locale.ENGLISH)).containsExactly(
                "UPDATED Group settings of session 34 edited — weight “Mix of horizons”: 32 → 40; solve time (s): 10 → 1",
                "UPDATED Solve of the groups of session 34 started from scratch, for 1 s at most (rounds to form: 1)",
                "UPDATED Solve of the groups of session 34 ended: its groups are proposed (rounds formed: 1)",
                "UPDATED Proposed groups accepted in session 34 (rounds " + position + ")",
                "UPDATED Groups published to the participants of session 34 (rounds " + position + ")");
        assertThat(trail.about("session:34", mark)).as("the solve's end, recorded in the background, is the doing of who started it")
                .extracting(AuditEvent::getActor).containsOnly(STAFF);
    }

    @Test
    void aSolveStoppedByStaffIsAuditedAsStoppedThenAsEnded() {
        work.createRounds(SESSION, sizing(6), 1);
        work.saveSettings(SESSION, MixingWeights.DEFAULT, 60);
        long mark = trail.mark();

        solving.start(SESSION, true);
        solving.stop(SESSION);
        await("the solve to end").atMost(Duration.ofSeconds(60)).until(() -> !solving.isRunning(SESSION));

        assertThat(trail.read("session:34", mark, Locale.ENGLISH)).containsExactly(
                "UPDATED Solve of the groups of session 34 started changing as little as possible, for 60 s at most (rounds to form: 1)",
                "UPDATED Solve of the groups of session 34 stopped",
                "UPDATED Solve of the groups of session 34 ended: its groups are proposed (rounds formed: 1)");
        assertThat(trail.read("session:34", mark, Locale.FRENCH)).element(1).isEqualTo("UPDATED Calcul des groupes de la session 34 arrêté");
    }

    @Test
    void aDeletedRoundIsAuditedWithWhatItWas() {
        long mark = trail.mark();
        String seminar = sessions.byNumber(SESSION).getSeminars().getFirst().getTitle();
        Round round = work.createRounds(SESSION, sizing(4), 1).getFirst();

        work.deleteRound(SESSION, round.getId());

        assertThat(trail.read("round:" + round.getId(), mark, Locale.ENGLISH)).last().isEqualTo(
                "DELETED Round " + round.getPosition() + " of session 34 deleted — seminar: " + seminar + " → (empty); number of groups: 4 → (empty)");
    }

    @Test
    void aNeverTogetherPairLeavesNoNameOfAPersonInTheTrailOnceThatPersonIsErased() {
        long mark = trail.mark();
        List<CohortMember> cohort = work.of(SESSION).cohort();
        CohortMember first = cohort.get(2);
        CohortMember second = cohort.get(3);
        work.keepApart(SESSION, first.participantId(), second.participantId());

        assertThat(trail.read("person:" + first.personId(), mark, Locale.FRENCH))
                .containsExactly("UPDATED Paire « jamais ensemble » ajoutée dans la session 34 pour " + first.name());
        assertThat(trail.read("person:" + second.personId(), mark, Locale.ENGLISH))
                .containsExactly("UPDATED “Never together” pair added in session 34 for " + second.name());
        // The erasure is undone afterwards: the demo cohort stays whole for the other tests.
        transactions.executeWithoutResult(status -> {
            erasure.erase(second.personId());
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_event where id > ? and (detail like ? or
                      array_to_string(coalesce(detail_args, '{}') || coalesce(changes, '{}'), '|') like ?)""",
                    Integer.class, mark, "%" + second.name() + "%", "%" + second.name() + "%"))
                    .as("no entry names the erased person").isZero();
            assertThat(jdbc.queryForObject("select count(*) from audit_event where id > ? and array_to_string(detail_args, '|') like ?",
                    Integer.class, mark, "%" + first.name() + "%")).as("the other person of the pair is still named").isOne();
            status.setRollbackOnly();
        });
    }

    private RoundSizing sizing(int groups) {
        return new RoundSizing(sessions.byNumber(SESSION).getSeminars().getFirst().getId(), null, groups, null, null);
    }
}

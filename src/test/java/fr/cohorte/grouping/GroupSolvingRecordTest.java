package fr.cohorte.grouping;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * A solve is recorded from its start to its end, so that one cut short by a crash of the application
 * is shown as interrupted at the next start, on the groups page and on the page of each round it was
 * forming, instead of leaving no trace.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class GroupSolvingRecordTest {

    private static final String PASSWORD = "Un calcul interrompu se voit";
    private static final String BASE = "/staff/sessions/34/groups";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    GroupWork work;

    @Autowired
    GroupSolving solving;

    @Autowired
    SessionCatalogue sessions;

    @Autowired
    JdbcTemplate jdbc;

    BrowserlessSession staff;

    @BeforeEach
    void logInAsStaff() {
        if (jdbc.queryForObject("select count(*) from account where email = 'calculs-groupes@cohorte.test'", Integer.class) == 0) {
            accounts.create("calculs-groupes@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        }
        staff = new BrowserlessSession(port);
        staff.logIn("calculs-groupes@cohorte.test", PASSWORD);
    }

    @AfterEach
    void forgetRoundsAndSolves() {
        jdbc.update("delete from grouping_solve");
        jdbc.update("delete from work_round");
        jdbc.update("delete from grouping_settings");
    }

    private Round oneRound() {
        return work.createRounds(34, new RoundSizing(sessions.byNumber(34).getSeminars().getFirst().getId(), null, 6, null, null), 1)
                .getFirst();
    }

    @Test
    void aRoundWhoseSolveWasRunningWhenTheApplicationStartedShowsItInterrupted() {
        Round round = oneRound();
        Round other = oneRound();
        Long session = sessions.byNumber(34).getId();
        // What a crash mid-solve leaves: the solve recorded as running, for the first round only.
        jdbc.update("insert into grouping_solve (session_id, state, time_limit_seconds, started_at) values (?, 'SOLVING', 10, ?)",
                session, Timestamp.from(Instant.parse("2026-03-12T13:05:00Z")));
        jdbc.update("insert into grouping_solve_round (session_id, round_id) values (?, ?)", session, round.getId());

        solving.afterSingletonsInstantiated();

        assertThat(solving.latest(session)).hasValueSatisfying(solve -> {
            assertThat(solve.getState()).isEqualTo(Solve.State.FAILED);
            assertThat(solve.isInterrupted()).isTrue();
            assertThat(solve.getFinishedAt()).isNotNull();
        });
        Document roundPage = staff.get(BASE + "/rounds/" + round.getId());
        assertThat(roundPage.select("#solve-interrupted").text())
                .isEqualTo("Le calcul lancé le 12/03/2026 14:05:00 (pour 10 s au plus) a été interrompu par un arrêt du serveur : "
                        + "les groupes proposés avant lui sont inchangés. Relancez le calcul.");
        assertThat(staff.get(BASE).select("#solve-interrupted")).hasSize(1);
        assertThat(staff.get(BASE + "/rounds/" + other.getId()).select("#solve-interrupted")).as("a round it was not forming").isEmpty();
        assertThat(staff.get(BASE + "/rounds/" + round.getId() + "?lang=en").select("#solve-interrupted").text())
                .startsWith("The solve started on 12/03/2026 14:05:00 (for 10 s at most) was cut short by a server stop");
    }

    @Test
    void aSolveIsRecordedAsRunningThenAsEndedWithItsRounds() {
        Round round = oneRound();
        work.saveSettings(34, MixingWeights.DEFAULT, 1);

        solving.start(34, false);
        await("the solve to end").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> !solving.isRunning(34));

        Solve solve = solving.latest(sessions.byNumber(34).getId()).orElseThrow();
        assertThat(solve.getState()).isEqualTo(Solve.State.SUCCEEDED);
        assertThat(solve.formed(round.getId())).isTrue();
        assertThat(solve.getTimeLimitSeconds()).isEqualTo(1);
        assertThat(solve.getFinishedAt()).isAfterOrEqualTo(solve.getStartedAt());
        assertThat(work.of(34).round(round.getId()).hasProposal()).isTrue();
        assertThat(staff.get(BASE).select("#solve-interrupted")).isEmpty();
    }

    @Test
    void groupsCannotBeAcceptedWhileASolveOfTheSessionRuns() {
        Round round = oneRound();
        SessionGroups groups = work.of(34);
        Long someone = groups.cohort().getFirst().participantId();
        work.propose(34, java.util.List.of(round.getId()), java.util.List.of(java.util.Map.of(someone, 1)));
        // A solve running for this session, as its record shows it (here or on another node).
        jdbc.update("insert into grouping_solve (session_id, state, time_limit_seconds, started_at) values (?, 'SOLVING', 10, ?)",
                sessions.byNumber(34).getId(), Timestamp.from(Instant.now()));

        Refusal refused = catchThrowableOfType(RefusedException.class, () -> work.accept(34)).refusal();

        assertThat(refused.code()).isEqualTo("grouping.solve.already-running");
        assertThat(work.of(34).round(round.getId()).isAccepted()).as("the proposal stays a proposal").isFalse();
        staff.get(BASE);
        Document page = staff.submit(BASE + "/accept", java.util.Map.of());
        assertThat(page.select("[role=alert]").text()).isEqualTo("Un calcul est déjà en cours pour cette session.");
        assertThat(work.of(34).round(round.getId()).isAccepted()).isFalse();
    }

    @Test
    void moreRoundsThanTheSolverTakesAreRefusedNamingTheLimit() {
        Long seminar = sessions.byNumber(34).getSeminars().getFirst().getId();
        work.createRounds(34, new RoundSizing(seminar, null, 6, null, null), 30);
        work.createRounds(34, new RoundSizing(seminar, null, 6, null, null), 21);

        Refusal refused = catchThrowableOfType(RefusedException.class, () -> solving.start(34, false)).refusal();

        assertThat(refused.code()).isEqualTo("grouping.solve.too-large");
        assertThat(refused.arguments()).containsExactly("rounds", 50L, 51L);
        assertThat(solving.latest(sessions.byNumber(34).getId())).as("nothing recorded").isEmpty();
    }
}

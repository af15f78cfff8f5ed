package fr.cohorte.grouping;

import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.Activity;
import fr.cohorte.session.ActivityType;
import fr.cohorte.session.Seminar;
import fr.cohorte.session.SessionCatalogue;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a round and publishing the groups cannot be undone: the first click says what goes or who will see
 * it, in figures, and changes nothing; only the confirmation's form acts.
 */
// A context of their own, so a database of their own: these tests publish, delete and solve on session 34,
// which the other demo tests, sharing one context, count on as the demo left it.
@CohorteTest(properties = {"cohorte.demo.enabled=true", "cohorte.test.context=grouping-changes"})
class GroupingConfirmationsTest {

    private static final String PASSWORD = "Des groupes que l’on confirme";
    private static final String BASE = "/staff/sessions/34/groups";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    GroupWork work;

    @Autowired
    SessionCatalogue sessions;

    @Autowired
    JdbcTemplate jdbc;

    BrowserlessSession staff;

    @BeforeEach
    void logInAsStaff() {
        if (jdbc.queryForObject("select count(*) from account where email = 'confirmer-groupes@cohorte.test'", Integer.class) == 0) {
            accounts.create("confirmer-groupes@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        }
        staff = new BrowserlessSession(port);
        staff.logIn("confirmer-groupes@cohorte.test", PASSWORD);
    }

    @AfterEach
    void forgetRounds() {
        jdbc.update("delete from work_round");
        jdbc.update("delete from grouping_settings");
    }

    @Test
    void deletingARoundFirstSaysWhatGoesWithItAndDeletesNothing() {
        Round round = work.createRounds(34, new RoundSizing(sessions.byNumber(34).getSeminars().getFirst().getId(), null, 6, null, null), 1)
                .getFirst();
        SolvingByHand.solve(work, 34, false);
        CohortMember someone = work.of(34).cohort().getFirst();
        work.lock(34, round.getId(), someone.participantId(), 2);
        String delete = BASE + "/rounds/" + round.getId() + "/delete";
        assertThat(staff.get(BASE).select("a.round-delete").attr("href")).isEqualTo(delete);

        Document confirmation = staff.get(delete);

        assertThat(confirmation.select("h1").text()).isEqualTo("Supprimer le tour " + round.getPosition() + " ?");
        assertThat(confirmation.select("#consequences li").eachText()).containsExactly(
                "Aucun groupe n’est encore accepté pour ce tour.",
                "Les 6 groupes proposés en attente d’acceptation sont perdus.",
                "1 place imposée dans un groupe est perdue.");
        assertThat(work.of(34).round(round.getId())).isNotNull();

        staff.post(delete, Map.of("_csrf", confirmation.select("input[name=_csrf]").val()));
        assertThat(staff.page().select("#consequences li")).as("a post without the confirmation shows it again").hasSize(3);
        assertThat(work.of(34).round(round.getId())).isNotNull();

        Document deleted = staff.submit(delete, Map.of());
        assertThat(deleted.select(".fr-alert--success").text()).contains("Le tour est supprimé");
        assertThat(work.of(34).round(round.getId())).isNull();
    }

    @Test
    void deletingAnActivityFirstSaysWhichRoundsOfWorkingGroupsLoseItAndKeepsThem() {
        SessionGroups planning = work.of(34);
        Seminar seminar = planning.session().getSeminars().getFirst();
        Activity activity = planning.activities().stream()
                .filter(a -> a.getType() == ActivityType.GROUP_WORK && a.getSeminar().getId().equals(seminar.getId()))
                .findFirst().orElseThrow();
        work.createRounds(34, new RoundSizing(seminar.getId(), activity.getId(), 6, null, null), 2);

        Document confirmation = staff.get("/staff/sessions/34/seminars/" + seminar.getId() + "/activities/" + activity.getId() + "/delete");

        assertThat(confirmation.select("#consequences li").eachText())
                .contains("2 tours de groupes de travail y sont rattachés : ils restent, sans activité.");
        assertThat(work.of(34).rounds()).hasSize(2);
    }

    @Test
    void publishingFirstSaysHowManyRoundsGroupsAndParticipantsAndPublishesNothing() {
        Round round = work.createRounds(34, new RoundSizing(sessions.byNumber(34).getSeminars().getFirst().getId(), null, 6, null, null), 1)
                .getFirst();
        SolvingByHand.solve(work, 34, false);
        work.accept(34);
        int cohort = work.of(34).round(round.getId()).getMembers().size();

        Document confirmation = staff.get(staff.get(BASE).select("a#publish").attr("href"));

        assertThat(confirmation.select("h1").text()).isEqualTo("Publier les groupes acceptés ?");
        assertThat(confirmation.select("#consequences li").eachText()).containsExactly(
                "1 tour publié, 6 groupes, pour " + cohort + " participants.",
                "Chaque participant voit aussitôt son groupe, sa salle et son horaire dans son programme et son calendrier.");
        assertThat(work.of(34).round(round.getId()).isPublished()).isFalse();

        staff.post(BASE + "/publish", Map.of("_csrf", confirmation.select("input[name=_csrf]").val()));
        assertThat(work.of(34).round(round.getId()).isPublished()).as("a post without the confirmation publishes nothing").isFalse();

        Document published = staff.confirm(BASE + "/publish");
        assertThat(published.select(".fr-alert--success").text()).contains("Groupes publiés pour 1 tour :");
        assertThat(work.of(34).round(round.getId()).isPublished()).isTrue();
    }
}

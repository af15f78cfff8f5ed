package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.Map;

import fr.cohorte.CohorteTest;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import fr.cohorte.web.RefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The jury's arithmetic, checked by hand on small cases. Criteria: "Parcours" weighs 2 and is marked out
 * of 20, "Motivation" weighs 1 and is marked out of 5, so a juror's score is (2 × parcours + 4 × motivation) / 3.
 */
@CohorteTest
class JuryScoresTest {

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    Jury jury;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationWithdrawal withdrawal;

    Session session;
    Application claire;
    JuryCriterion background;
    JuryCriterion motivation;

    @BeforeEach
    void aSessionWithTwoCriteria() {
        session = new Calls(programme, applications).open();
        claire = new Applicants(applications, jdbc).apply(session, "Claire", "Martin", "Région Occitanie");
        background = jury.addCriterion(session, "Parcours", "Background", new BigDecimal("2"), 20, 1);
        motivation = jury.addCriterion(session, "Motivation", null, BigDecimal.ONE, 5, 2);
    }

    @Test
    void aJurorsScoreIsTheWeightedMeanOnATwentyScaleAndTheJurysIsTheMeanOfJurors() {
        // Anne: (2 × 15 + 4 × 4) / 3 = 46 / 3 = 15.333; Bruno: (2 × 9 + 4 × 3) / 3 = 10; mean 12.667 (12.6665 rounded up).
        JuryScore afterAnne = jury.review(claire, "anne@jury.test", marks("15", "4"));
        assertThat(afterAnne.combined()).isEqualByComparingTo("15.333");
        assertThat(afterAnne.jurors()).isEqualTo(1);

        JuryScore both = jury.review(claire, "bruno@jury.test", marks("9", "3"));

        assertThat(both.combined()).isEqualByComparingTo("12.667");
        assertThat(both.lowest()).isEqualByComparingTo("10");
        assertThat(both.highest()).isEqualByComparingTo("15.333");
        assertThat(both.jurors()).isEqualTo(2);
        assertThat(storedScore()).as("the selection reads the score on the application").isEqualByComparingTo("12.667");
    }

    @Test
    void decimalMarksCountWithTheirDecimals() {
        JuryScore score = jury.review(claire, "anne@jury.test", marks("12,5", "2.5"));

        // (2 × 12.5 + 4 × 2.5) / 3 = 35 / 3
        assertThat(score.combined()).isEqualByComparingTo("11.667");
    }

    @Test
    void aDeclaredConflictRemovesTheJurorsMarksAndLeavesThemOutOfTheScore() {
        jury.review(claire, "anne@jury.test", marks("20", "5"));
        jury.review(claire, "bruno@jury.test", marks("10", "5"));
        assertThat(storedScore()).as("(20 + 13.333) / 2").isEqualByComparingTo("16.667");

        MarkSheet conflict = marks("", "");
        conflict.setConflict(true);
        conflict.setComment("Je connais sa directrice.");
        JuryScore score = jury.review(claire, "anne@jury.test", conflict);

        // Bruno alone: (2 × 10 + 4 × 5) / 3 = 13.333
        assertThat(score.combined()).isEqualByComparingTo("13.333");
        assertThat(score.jurors()).isEqualTo(1);
        assertThat(storedScore()).isEqualByComparingTo("13.333");
        assertThat(jury.reviewOf(claire, "anne@jury.test").orElseThrow().getMarks()).isEmpty();
        assertThat(jury.panel(claire).lines()).extracting(line -> line.review().getComment())
                .contains("Je connais sa directrice.");
    }

    @Test
    void onlyConflictsMeansNoScore() {
        MarkSheet conflict = marks("", "");
        conflict.setConflict(true);
        JuryScore score = jury.review(claire, "anne@jury.test", conflict);

        assertThat(score.isScored()).isFalse();
        assertThat(storedScore()).isNull();
    }

    @Test
    void changingAWeightScoresTheApplicationsAgain() {
        jury.review(claire, "anne@jury.test", marks("10", "5"));
        assertThat(storedScore()).isEqualByComparingTo("13.333");

        jury.updateCriterion(background, "Parcours", "Background", BigDecimal.ONE, 20, 1);

        // (10 + 20) / 2
        assertThat(storedScore()).isEqualByComparingTo("15");
    }

    @Test
    void aMaximumBelowAMarkGivenAndTheRemovalOfAMarkedCriterionAreRefused() {
        jury.review(claire, "anne@jury.test", marks("16", "4"));

        assertThatThrownBy(() -> jury.updateCriterion(background, "Parcours", null, BigDecimal.ONE, 10, 1))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.refusal().code()).isEqualTo("jury.criterion.maximum.below-marks"));
        assertThatThrownBy(() -> jury.removeCriterion(motivation))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.refusal().code()).isEqualTo("jury.criterion.remove.has-marks"));
        assertThat(jury.criteria(session)).hasSize(2);
    }

    @Test
    void anErasedJurorIsNamedByTheirPseudonym() {
        jury.review(claire, "anne@jury.test", marks("16", "4"));

        transactions.executeWithoutResult(status -> audit.pseudonymise("anne@jury.test", "account-999"));

        assertThat(jury.reviewOf(claire, "anne@jury.test")).isEmpty();
        assertThat(jury.reviewOf(claire, "account-999")).isPresent();
    }

    @Test
    void aWithdrawnApplicationLeavesTheJurorsListAndTakesNoMoreMarksButStaffStillReadTheMarksGiven() {
        Application paul = new Applicants(applications, jdbc).apply(session, "Paul", "Durand", "Préfecture de l’Aude");
        jury.review(claire, "anne@jury.test", marks("16", "4"));
        assertThat(applications.toScore(session, new ApplicationSearch(null, null, null, null, null), fr.cohorte.web.Paging.first(20)))
                .extracting(Application::getId).containsExactlyInAnyOrder(claire.getId(), paul.getId());

        transactions.executeWithoutResult(status ->
                withdrawal.withdraw(applications.of(session, claire.getId()).orElseThrow(), session, java.util.Locale.FRENCH, true));

        assertThat(applications.toScore(session, new ApplicationSearch(null, null, null, null, null), fr.cohorte.web.Paging.first(20)))
                .as("the jurors' list").extracting(Application::getId).containsExactly(paul.getId());
        assertThatThrownBy(() -> jury.review(claire, "bruno@jury.test", marks("10", "5")))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.refusal().code()).isEqualTo("jury.review.not-to-score"));
        assertThat(jury.panel(claire).lines()).as("staff still read Anne's marks")
                .extracting(line -> line.review().getJuror()).containsExactly("anne@jury.test");
        assertThat(storedScore()).isEqualByComparingTo("16");
    }

    private MarkSheet marks(String forBackground, String forMotivation) {
        MarkSheet sheet = new MarkSheet();
        sheet.setMarks(new java.util.HashMap<>(Map.of(background.getId(), forBackground, motivation.getId(), forMotivation)));
        return sheet;
    }

    private BigDecimal storedScore() {
        return jdbc.queryForObject("select jury_score from application where id = ?", BigDecimal.class, claire.getId());
    }
}

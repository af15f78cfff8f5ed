package fr.cohorte.grouping;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import fr.cohorte.grouping.internal.MixingState;
import fr.cohorte.grouping.internal.RuleTally;
import org.junit.jupiter.api.Test;

import static fr.cohorte.grouping.Cohorts.golfers;
import static fr.cohorte.grouping.Cohorts.person;
import static fr.cohorte.grouping.Cohorts.request;
import static fr.cohorte.grouping.Cohorts.rounds;
import static fr.cohorte.grouping.Cohorts.withApart;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule, one test: each rule's tally on a plan small enough to count by hand, its penalty and
 * what it prices one swap at (in the tally's whole units: thousandths of distance for the mixes).
 */
class MixingRulesTest {

    /** The rule's own tally, on a state loaded with the plan. */
    private static RuleTally tally(MixingRequest request, MixingRule rule, int[][]... rounds) {
        MixingState state = new MixingState(MixingProblem.of(request));
        state.load(new MixingPlan(List.of(rounds)));
        return state.tally(rule);
    }

    private static double penalty(MixingRequest request, MixingRule rule, int[][]... rounds) {
        return tally(request, rule, rounds).penalty();
    }

    @Test
    void aPairMeetingThreeTimesCostsMoreThanTwoPairsMeetingTwice() {
        MixingRequest sixPeople = request(golfers(6), rounds(3, 2));
        // p1 and p2 (numbers 0 and 1) meet three times: (3-1)^3 = 8; p3-p6, p5-p6 and p5-p3 twice: 1 each.
        double threeTimes = penalty(sixPeople, MixingRule.REPEATED_MEETINGS,
                new int[][] {{0, 1, 2}, {3, 4, 5}}, new int[][] {{0, 1, 3}, {2, 4, 5}}, new int[][] {{0, 1, 4}, {2, 3, 5}});
        // p1-p2 and p3-p4 meet twice each, nobody else twice: 1 + 1.
        double twoPairsTwice = penalty(request(golfers(6), rounds(2, 2)), MixingRule.REPEATED_MEETINGS,
                new int[][] {{0, 1, 4}, {2, 3, 5}}, new int[][] {{0, 1, 5}, {2, 3, 4}});

        assertThat(threeTimes).isEqualTo(11);
        assertThat(twoPairsTwice).isEqualTo(2);
        RuleTally nineGolfers = tally(request(golfers(9), rounds(2, 3)), MixingRule.REPEATED_MEETINGS,
                new int[][] {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}}, new int[][] {{0, 3, 6}, {1, 4, 7}, {2, 5, 8}});
        assertThat(nineGolfers.penalty()).isZero();
        // p2 and p4 trading groups in the second round: {p1, p2, p7} and {p4, p5, p8} meet p1-p2 and p4-p5 again.
        assertThat(nineGolfers.swapChange(1, 3, 1)).isEqualTo(2);
    }

    @Test
    void horizonMixIsTheDistanceOfEachGroupToTheRoundsShares() {
        MixingRequest fourPeople = request(List.of(person("u1", "union", null, null), person("u2", "union", null, null),
                person("s1", "state", null, null), person("s2", "state", null, null)), rounds(1, 2));

        // Shares are 1/2 each, so a group of two expects one of each horizon.
        assertThat(penalty(fourPeople, MixingRule.HORIZON_MIX, new int[][] {{0, 2}, {1, 3}})).isZero();
        // Two unionists together: |2-1| + |0-1| in each group.
        assertThat(penalty(fourPeople, MixingRule.HORIZON_MIX, new int[][] {{0, 1}, {2, 3}})).isEqualTo(4);
        // u2 and s1 trading groups mixes both: 4 units less.
        assertThat(tally(fourPeople, MixingRule.HORIZON_MIX, new int[][] {{0, 1}, {2, 3}}).swapChange(0, 1, 2)).isEqualTo(-4_000);
    }

    @Test
    void colleaguesFromOneOrganisationInAGroupCountAsOnePairPerRound() {
        MixingRequest colleagues = request(List.of(person("a", "x", null, "acme"), person("b", "x", null, "acme"),
                person("c", "x", null, "acme"), person("d", "x", null, "other")), rounds(1, 2));

        assertThat(penalty(colleagues, MixingRule.SAME_ORGANISATION, new int[][] {{0, 1}, {2, 3}})).isEqualTo(1);
        assertThat(penalty(colleagues, MixingRule.SAME_ORGANISATION, new int[][] {{0, 3}, {1, 2}})).isEqualTo(1);
        // Splitting a and b puts b with c: three colleagues in groups of two always leave one pair.
        assertThat(tally(colleagues, MixingRule.SAME_ORGANISATION, new int[][] {{0, 1}, {2, 3}}).swapChange(0, 1, 3)).isZero();
        assertThat(penalty(request(colleagues.participants(), rounds(1, 1)), MixingRule.SAME_ORGANISATION,
                new int[][] {{0, 1, 2, 3}})).isEqualTo(3);
    }

    @Test
    void genderBalanceIsTheDistanceOfEachGroupToTheRoundsGenderShares() {
        MixingRequest fourPeople = request(List.of(person("f1", "x", "F", null), person("f2", "x", "F", null),
                person("m1", "x", "M", null), person("m2", "x", "M", null)), rounds(1, 2));

        assertThat(penalty(fourPeople, MixingRule.GENDER_BALANCE, new int[][] {{0, 2}, {1, 3}})).isZero();
        assertThat(penalty(fourPeople, MixingRule.GENDER_BALANCE, new int[][] {{0, 1}, {2, 3}})).isEqualTo(4);
        assertThat(tally(fourPeople, MixingRule.GENDER_BALANCE, new int[][] {{0, 1}, {2, 3}}).swapChange(0, 1, 2)).isEqualTo(-4_000);
    }

    @Test
    void theOnlyWomanAmongMenOrTheOnlyJournalistAmongPrefectsIsIsolated() {
        MixingRequest sixPeople = request(List.of(person("f1", "press", "F", null), person("m1", "state", "M", null),
                person("m2", "state", "M", null), person("f2", "state", "F", null), person("m3", "union", "M", null),
                person("f3", "union", "F", null)), rounds(1, 2));

        // {f1 press, m1 state, m2 state}: f1 is the only woman, and the only journalist among two prefects.
        // {f2 state, m3 union, f3 union}: m3 is the only man, f2 the only prefect among unionists.
        assertThat(penalty(sixPeople, MixingRule.NOBODY_ISOLATED, new int[][] {{0, 1, 2}, {3, 4, 5}})).isEqualTo(4);
        // {f1 press, m1 state, f3 union} mixes three horizons; {m2 state, f2 state, m3 union} leaves m3 the
        // only unionist; the 2-1 gender splits of groups of three cannot be avoided.
        assertThat(penalty(sixPeople, MixingRule.NOBODY_ISOLATED, new int[][] {{0, 1, 5}, {2, 3, 4}})).isEqualTo(3);
        // m2 and f3 trading groups turns the first plan into the second.
        assertThat(tally(sixPeople, MixingRule.NOBODY_ISOLATED, new int[][] {{0, 1, 2}, {3, 4, 5}}).swapChange(0, 2, 5)).isEqualTo(-1);
    }

    @Test
    void peopleDeclaredInConflictInOneGroupBreakNeverTogether() {
        MixingRequest conflict = withApart(request(golfers(4), rounds(2, 2)), List.of(List.of("p1", "p2")));

        assertThat(penalty(conflict, MixingRule.NEVER_TOGETHER, new int[][] {{0, 1}, {2, 3}}, new int[][] {{0, 2}, {1, 3}}))
                .isEqualTo(1);
        assertThat(penalty(conflict, MixingRule.NEVER_TOGETHER, new int[][] {{0, 2}, {1, 3}}, new int[][] {{0, 3}, {1, 2}}))
                .isZero();
        // p2 and p3 trading groups in the first round parts p1 and p2.
        assertThat(tally(conflict, MixingRule.NEVER_TOGETHER, new int[][] {{0, 1}, {2, 3}}, new int[][] {{0, 2}, {1, 3}})
                .swapChange(0, 1, 2)).isEqualTo(-1);
    }

    @Test
    void everyRuleHasANameOnScreenInFrenchAndEnglish() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            ResourceBundle messages = messages(locale);
            assertThat(MixingRule.values()).allSatisfy(rule -> assertThat(messages.getString(rule.messageKey())).isNotBlank());
        }
        assertThat(messages(Locale.FRENCH).getString(MixingRule.REPEATED_MEETINGS.messageKey()))
                .isEqualTo("Mêmes personnes qui se retrouvent");
        assertThat(messages(Locale.ENGLISH).getString(MixingRule.REPEATED_MEETINGS.messageKey()))
                .isEqualTo(MixingRule.REPEATED_MEETINGS.title());
    }

    /** French is the bundle without suffix: no fallback to the machine's locale. */
    private static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

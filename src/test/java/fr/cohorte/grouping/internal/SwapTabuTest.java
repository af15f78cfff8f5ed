package fr.cohorte.grouping.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The swaps the search may not make again: those two people, in that round, until the term. */
class SwapTabuTest {

    @Test
    void aSwapIsForbiddenBothWaysInItsRoundUntilItsTerm() {
        SwapTabu tabu = new SwapTabu(3, 10);

        tabu.forbid(1, 2, 7, 15, 5);

        assertThat(tabu.forbids(1, 2, 7, 14)).isTrue();
        assertThat(tabu.forbids(1, 7, 2, 14)).isTrue();
        assertThat(tabu.forbids(1, 2, 7, 15)).isFalse();
        assertThat(tabu.forbids(0, 2, 7, 14)).as("another round").isFalse();
        assertThat(tabu.forbids(1, 2, 6, 14)).as("another partner").isFalse();
    }

    @Test
    void aNewTermReplacesTheOldOneAndManyPartnersAreKept() {
        SwapTabu tabu = new SwapTabu(1, 40);
        for (int partner = 1; partner < 40; partner++) {
            tabu.forbid(0, 0, partner, 100 + partner, partner);
        }

        tabu.forbid(0, 0, 5, 60, 50);

        assertThat(tabu.forbids(0, 0, 5, 59)).isTrue();
        assertThat(tabu.forbids(0, 0, 5, 60)).as("the shorter new term").isFalse();
        assertThat(tabu.forbids(0, 0, 39, 138)).isTrue();
        assertThat(tabu.forbids(0, 39, 0, 138)).isTrue();
    }

    @Test
    void clearingForgetsEverySwap() {
        SwapTabu tabu = new SwapTabu(2, 4);
        tabu.forbid(0, 1, 2, 50, 1);
        tabu.forbid(1, 0, 3, 50, 2);

        tabu.clear();

        assertThat(tabu.forbids(0, 1, 2, 3)).isFalse();
        assertThat(tabu.forbids(1, 3, 0, 3)).isFalse();
    }
}

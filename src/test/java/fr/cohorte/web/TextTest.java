package fr.cohorte.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void anOptionalFieldLeftEmptyOrFilledWithSpacesHoldsNoValue() {
        assertThat(Text.blankToNull(null)).isNull();
        assertThat(Text.blankToNull("")).isNull();
        assertThat(Text.blankToNull("  \t\n ")).isNull();
        assertThat(Text.blankToNullStripped(null)).isNull();
        assertThat(Text.blankToNullStripped("")).isNull();
        assertThat(Text.blankToNullStripped(" \u2003\u3000 ")).isNull();
    }

    @Test
    void anOptionalFieldIsKeptWithoutTheSpacesAroundIt() {
        assertThat(Text.blankToNull("  Lyon 3e \t")).isEqualTo("Lyon 3e");
        assertThat(Text.blankToNullStripped("\u2003 Lyon 3e \u2003")).isEqualTo("Lyon 3e");
        assertThat(Text.blankToNull("\u2003Lyon 3e")).isEqualTo("\u2003Lyon 3e");
    }
}

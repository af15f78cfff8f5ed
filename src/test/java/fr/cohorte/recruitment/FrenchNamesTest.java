package fr.cohorte.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cohorte.directory.Civility;
import fr.cohorte.recruitment.FrenchNames.Agreement;
import org.junit.jupiter.api.Test;

/** Names in French sentences: "de" elides before a vowel or a mute h, and agreement follows the person. */
class FrenchNamesTest {

    @Test
    void deElidesBeforeAVowelAMuteHOrAY() {
        assertThat(FrenchNames.de("Anne Etat")).isEqualTo("d’Anne Etat");
        assertThat(FrenchNames.de("Émilie Durand")).isEqualTo("d’Émilie Durand");
        assertThat(FrenchNames.de("Hélène Roy")).isEqualTo("d’Hélène Roy");
        assertThat(FrenchNames.de("Yves Kerr")).isEqualTo("d’Yves Kerr");
        assertThat(FrenchNames.de("Ulysse")).isEqualTo("d’Ulysse");
    }

    @Test
    void deStaysWholeBeforeAConsonant() {
        assertThat(FrenchNames.de("Bernard Petit")).isEqualTo("de Bernard Petit");
        assertThat(FrenchNames.de("Chloé Syndicat")).isEqualTo("de Chloé Syndicat");
        assertThat(FrenchNames.elides("")).isFalse();
        assertThat(FrenchNames.elides(null)).isFalse();
    }

    @Test
    void agreementFollowsTheCivilityBeforeTheDeclaredGender() {
        assertThat(FrenchNames.agreement(Civility.MR, Gender.FEMALE)).isEqualTo(Agreement.MASCULINE);
        assertThat(FrenchNames.agreement(Civility.MS, Gender.MALE)).isEqualTo(Agreement.FEMININE);
        assertThat(FrenchNames.agreement(null, Gender.MALE)).isEqualTo(Agreement.MASCULINE);
        assertThat(FrenchNames.agreement(null, Gender.FEMALE)).isEqualTo(Agreement.FEMININE);
    }

    @Test
    void withoutCivilityOrGenderTheWordingIsNeutral() {
        assertThat(FrenchNames.agreement(null, null)).isEqualTo(Agreement.NEUTRAL);
        assertThat(FrenchNames.agreement(null, Gender.OTHER)).isEqualTo(Agreement.NEUTRAL);
        assertThat(FrenchNames.agreement(Civility.MX, Gender.FEMALE)).isEqualTo(Agreement.NEUTRAL);
    }
}

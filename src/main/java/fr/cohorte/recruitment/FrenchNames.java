package fr.cohorte.recruitment;

import java.text.Normalizer;

import fr.cohorte.directory.Civility;

/**
 * How French grammar treats a person's name: "de" elides before a vowel or a mute h ("à la place
 * d’Anne", "d’Hélène", "de Bernard"), and a past participle agrees with the person, taken first from
 * their civility, then from their declared gender, otherwise worded so that it needs no agreement.
 */
public final class FrenchNames {

    /** Which form of a French sentence fits the person; its ordinal is the argument of a {@code choice} format. */
    public enum Agreement {
        FEMININE,
        MASCULINE,
        NEUTRAL
    }

    private FrenchNames() {
    }

    /** "de Bernard", "d’Anne": the name after the preposition "de". */
    public static String de(String name) {
        return (elides(name) ? "d’" : "de ") + name;
    }

    /**
     * Whether "de", "le", "que"… lose their vowel before this name: it starts with a vowel, a y, or an h
     * (first names with an aspirated h are rare; "d’Hélène", "d’Hugo" are the usage).
     */
    public static boolean elides(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        char first = Character.toLowerCase(Normalizer.normalize(name.strip(), Normalizer.Form.NFD).charAt(0));
        return "aeiouyh".indexOf(first) >= 0;
    }

    /** Civility first (Madame, Monsieur), then the declared gender; neither, or Mx, gives the neutral form. */
    public static Agreement agreement(Civility civility, Gender gender) {
        if (civility == Civility.MS) {
            return Agreement.FEMININE;
        }
        if (civility == Civility.MR) {
            return Agreement.MASCULINE;
        }
        if (civility == null && gender == Gender.FEMALE) {
            return Agreement.FEMININE;
        }
        if (civility == null && gender == Gender.MALE) {
            return Agreement.MASCULINE;
        }
        return Agreement.NEUTRAL;
    }
}

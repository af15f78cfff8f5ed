package fr.cohorte.directory;

import java.util.Optional;

import fr.cohorte.web.Spreadsheet;

/** How a person wishes to be addressed: Madame, Monsieur, or neither. */
public enum Civility {
    MS,
    MR,
    MX;

    /** The civility a spreadsheet cell names, in French or English, with or without the dot. */
    public static Optional<Civility> fromText(String text) {
        return switch (Spreadsheet.normalise(text)) {
            case "mme", "madame", "ms", "mrs" -> Optional.of(MS);
            case "m", "monsieur", "mr" -> Optional.of(MR);
            case "mx" -> Optional.of(MX);
            default -> Optional.empty();
        };
    }
}

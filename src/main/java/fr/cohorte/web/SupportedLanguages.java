package fr.cohorte.web;

import java.util.List;
import java.util.Locale;

/** French first, English second: the only interface languages, in that order of preference. */
public final class SupportedLanguages {

    public static final List<Locale> ALL = List.of(Locale.FRENCH, Locale.ENGLISH);
    public static final Locale DEFAULT = Locale.FRENCH;

    private SupportedLanguages() {
    }

    /** The supported language closest to the one asked, French when none fits. */
    public static Locale closestTo(Locale requested) {
        if (requested == null) {
            return DEFAULT;
        }
        return ALL.stream()
                .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(DEFAULT);
    }

    /** The best match for an {@code Accept-Language} header, French when none fits or it is malformed. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), ALL);
            return match != null ? match : DEFAULT;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }
}

package fr.cohorte.knowledge;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A practice cited as the books cite a web page of the institute: an author-date reference
 * ("Intefp (2026). Title. Registry of cooperation practices, 34th national session. URL, accessed
 * ...") and a BibTeX {@code @misc} entry, the same shapes as the publications' citations.
 */
public final class PracticeCitation {

    private PracticeCitation() {
    }

    /**
     * @param registry the registry's name in the reader's language
     * @param session  "34e session nationale" in the reader's language, or null
     * @param accessed "consulté le 2 décembre 2026" in the reader's language
     */
    public static String authorDate(Practice practice, String institution, String registry, String session, String url, String accessed) {
        StringBuilder out = new StringBuilder(institution).append(" (").append(year(practice)).append("). ")
                .append(practice.getTitle()).append(". ").append(registry);
        if (session != null) {
            out.append(", ").append(session);
        }
        return out.append(". ").append(url).append(", ").append(accessed).append('.').toString();
    }

    public static String bibtex(Practice practice, String institution, String registry, String url) {
        return "@misc{" + key(institution, practice) + ",\n"
                + "  title = {" + escape(practice.getTitle()) + "},\n"
                + "  author = {{" + escape(institution) + "}},\n"
                + "  howpublished = {" + escape(registry) + "},\n"
                + "  year = {" + year(practice) + "},\n"
                + "  url = {" + url + "},\n"
                + "}\n";
    }

    /** The key reference managers file it under, e.g. {@code intefp2026practice12}. */
    static String key(String institution, Practice practice) {
        String ascii = Normalizer.normalize(institution, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
        return ascii.toLowerCase(Locale.ROOT) + year(practice) + "practice" + practice.getId();
    }

    private static int year(Practice practice) {
        return LocalDate.ofInstant(practice.getUpdatedAt(), ZoneId.of("Europe/Paris")).getYear();
    }

    /** Braces balance and LaTeX's special characters stay characters. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

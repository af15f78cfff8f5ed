package fr.cohorte.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A publication, or one of its chapters, as reference managers import it (BibTeX, RIS, CSL-JSON) and
 * as a reader copies it into a bibliography (author-date). Coordinators are the book's editors in
 * every format; a chapter is cited as a part of that edited book, by its own authors and with its own
 * DOI when it has one.
 */
@Component
public class Citations {

    private final JsonMapper json;

    Citations(JsonMapper json) {
        this.json = json;
    }

    /** The formats reference managers import, by the file extension they are served with. */
    public enum Format {
        BIBTEX("bib", "application/x-bibtex"),
        RIS("ris", "application/x-research-info-systems"),
        CSL_JSON("json", "application/vnd.citationstyles.csl+json");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The format served with that extension ({@code bib}, {@code ris}, {@code json}). */
        public static Format ofExtension(String extension) {
            return java.util.Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No citation format ." + extension));
        }
    }

    /** The book, or when {@code chapter} is given that chapter, in {@code format}; {@code url} is the page cited. */
    public String write(Format format, CatalogueEntry entry, CatalogueEntry.ChapterEntry chapter, String url) {
        return switch (format) {
            case BIBTEX -> bibtex(entry, chapter, url);
            case RIS -> ris(entry, chapter, url);
            case CSL_JSON -> cslJson(entry, chapter, url);
        };
    }

    /** The key reference managers file the book under, e.g. {@code rosenfeld2016}. */
    public static String key(CatalogueEntry entry) {
        String name = entry.creators().isEmpty() ? "cohorte" + entry.id() : entry.creators().getFirst().family();
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
        return ascii.toLowerCase(java.util.Locale.ROOT) + (entry.year() == null ? "" : entry.year());
    }

    /** The key a chapter is filed under: the book's, and the chapter's number, e.g. {@code rosenfeld2016-ch2}. */
    public static String key(CatalogueEntry entry, CatalogueEntry.ChapterEntry chapter) {
        return chapter == null ? key(entry) : key(entry) + "-ch" + chapter.number();
    }

    public String bibtex(CatalogueEntry entry, String url) {
        return bibtex(entry, null, url);
    }

    /** The book as {@code @book}, or, when {@code chapter} is given, that chapter as {@code @incollection}. */
    public String bibtex(CatalogueEntry entry, CatalogueEntry.ChapterEntry chapter, String url) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (chapter == null) {
            fields.put("title", entry.title());
            fields.put("subtitle", entry.subtitle());
            if (!entry.authors().isEmpty()) {
                fields.put("author", bibtexNames(entry.authors()));
            }
        } else {
            fields.put("title", chapter.title());
            if (!chapter.authors().isEmpty()) {
                fields.put("author", bibtexNames(chapter.authors()));
            }
            fields.put("booktitle", entry.fullTitle());
        }
        fields.put("editor", bibtexNames(entry.coordinators()));
        fields.put("series", entry.series());
        fields.put("publisher", entry.publishers().stream().map(CatalogueEntry.Publisher::name).collect(Collectors.joining(" and ")));
        fields.put("year", entry.year() == null ? null : entry.year().toString());
        fields.put("isbn", entry.citedIsbn());
        fields.put("doi", chapter == null ? entry.doi() : chapter.doi());
        fields.put("url", url);
        fields.put("langid", entry.language().getDisplayLanguage(java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT));
        fields.put("keywords", String.join(", ", entry.keywords()));
        fields.put("abstract", chapter == null ? entry.summary() : chapter.summary());
        StringBuilder out = new StringBuilder(chapter == null ? "@book{" : "@incollection{").append(key(entry, chapter)).append(",\n");
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                out.append("  ").append(name).append(" = {").append(bibtexEscape(value)).append("},\n");
            }
        });
        return out.append("}\n").toString();
    }

    public String ris(CatalogueEntry entry, String url) {
        return ris(entry, null, url);
    }

    /** The book as {@code TY  - BOOK}, or, when {@code chapter} is given, that chapter as {@code TY  - CHAP}, its book's title in T2. */
    public String ris(CatalogueEntry entry, CatalogueEntry.ChapterEntry chapter, String url) {
        List<String> lines = new ArrayList<>();
        if (chapter == null) {
            lines.add(ris("TY", "BOOK"));
            lines.add(ris("TI", entry.title()));
            if (entry.subtitle() != null) {
                lines.add(ris("T2", entry.subtitle()));
            }
            entry.authors().forEach(author -> lines.add(ris("AU", author.inverted())));
        } else {
            lines.add(ris("TY", "CHAP"));
            lines.add(ris("TI", chapter.title()));
            lines.add(ris("T2", entry.fullTitle()));
            chapter.authors().forEach(author -> lines.add(ris("AU", author.inverted())));
        }
        entry.coordinators().forEach(editor -> lines.add(ris("ED", editor.inverted())));
        if (entry.series() != null) {
            lines.add(ris("T3", entry.series()));
        }
        entry.publishers().forEach(publisher -> lines.add(ris("PB", publisher.name())));
        if (entry.year() != null) {
            lines.add(ris("PY", entry.year().toString()));
        }
        entry.isbns().values().forEach(isbn -> lines.add(ris("SN", isbn)));
        String doi = chapter == null ? entry.doi() : chapter.doi();
        if (doi != null) {
            lines.add(ris("DO", doi));
        }
        lines.add(ris("UR", url));
        lines.add(ris("LA", entry.language().getLanguage()));
        entry.keywords().forEach(keyword -> lines.add(ris("KW", keyword)));
        String summary = chapter == null ? entry.summary() : chapter.summary();
        if (summary != null) {
            lines.add(ris("AB", summary));
        }
        lines.add("ER  - ");
        // RIS lines end with CR LF, as the format's readers expect.
        return String.join("\r\n", lines) + "\r\n";
    }

    public String cslJson(CatalogueEntry entry, String url) {
        return cslJson(entry, null, url);
    }

    /** The book as a CSL {@code book}, or, when {@code chapter} is given, that chapter as a {@code chapter} of it. */
    public String cslJson(CatalogueEntry entry, CatalogueEntry.ChapterEntry chapter, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", key(entry, chapter));
        item.put("type", chapter == null ? "book" : "chapter");
        List<PersonName> authors = chapter == null ? entry.authors() : chapter.authors();
        item.put("title", chapter == null ? entry.fullTitle() : chapter.title());
        if (chapter != null) {
            item.put("container-title", entry.fullTitle());
        }
        if (!authors.isEmpty()) {
            item.put("author", cslNames(authors));
        }
        item.put("editor", cslNames(entry.coordinators()));
        putIfPresent(item, "collection-title", entry.series());
        item.put("publisher", entry.publisherNames());
        if (entry.year() != null) {
            item.put("issued", Map.of("date-parts", List.of(List.of(entry.year()))));
        }
        putIfPresent(item, "ISBN", entry.citedIsbn());
        putIfPresent(item, "DOI", chapter == null ? entry.doi() : chapter.doi());
        item.put("URL", url);
        item.put("language", entry.language().toLanguageTag());
        putIfPresent(item, "abstract", chapter == null ? entry.summary() : chapter.summary());
        if (!entry.keywords().isEmpty()) {
            item.put("keyword", String.join(", ", entry.keywords()));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(item));
    }

    /**
     * One reference in author-date style: "Rosenfeld P.-L., Aubert J.-P. (dir.) (2016). Title :
     * subtitle. Céreq, Intefp." The mark after editors' names ("(dir.)", "(eds.)") is the reader's language's.
     */
    public String authorDate(CatalogueEntry entry, String editorsMark) {
        StringBuilder out = new StringBuilder();
        List<PersonName> names = entry.creators();
        out.append(inverted(names));
        if (entry.authors().isEmpty() && !names.isEmpty()) {
            out.append(' ').append(editorsMark);
        }
        out.append(" (").append(entry.year() == null ? "s. d." : entry.year()).append("). ");
        out.append(entry.fullTitle()).append(". ");
        if (!entry.publishers().isEmpty()) {
            out.append(entry.publisherNames()).append('.');
        }
        if (entry.doi() != null) {
            out.append(' ').append(entry.doiUrl());
        }
        return out.toString().trim();
    }

    /**
     * A chapter in author-date style: "Dupont J. (2016). Chapter title. In Rosenfeld P.-L., Aubert J.-P.
     * (dir.), Book title : subtitle. Céreq, Intefp." A chapter without authors is credited to the
     * book's editors, who are then not named twice. {@code inMark} is the reader's language's "In" ("Dans").
     */
    public String authorDate(CatalogueEntry entry, CatalogueEntry.ChapterEntry chapter, String editorsMark, String inMark) {
        StringBuilder out = new StringBuilder();
        List<PersonName> names = chapter.authors().isEmpty() ? entry.coordinators() : chapter.authors();
        out.append(inverted(names));
        if (chapter.authors().isEmpty() && !names.isEmpty()) {
            out.append(' ').append(editorsMark);
        }
        out.append(" (").append(entry.year() == null ? "s. d." : entry.year()).append("). ");
        out.append(chapter.title()).append(". ").append(inMark).append(' ');
        if (!chapter.authors().isEmpty() && !entry.coordinators().isEmpty()) {
            out.append(inverted(entry.coordinators())).append(' ').append(editorsMark).append(", ");
        }
        out.append(entry.fullTitle()).append(". ");
        if (!entry.publishers().isEmpty()) {
            out.append(entry.publisherNames()).append('.');
        }
        if (chapter.doi() != null) {
            out.append(' ').append(chapter.doiUrl());
        }
        return out.toString().trim();
    }

    /** "Rosenfeld P.-L., Aubert J.-P.": family name first, as author-date references list people. */
    private static String inverted(List<PersonName> names) {
        return names.stream().map(name -> name.given() == null ? name.family() : name.family() + " " + name.given())
                .collect(Collectors.joining(", "));
    }

    private static String ris(String tag, String value) {
        return tag + "  - " + value.replace('\n', ' ').replace('\r', ' ');
    }

    private static String bibtexNames(List<PersonName> names) {
        return names.stream().map(PersonName::inverted).collect(Collectors.joining(" and "));
    }

    /** Braces balance and LaTeX's special characters stay characters. */
    private static String bibtexEscape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '#', '$', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static List<Map<String, String>> cslNames(List<PersonName> names) {
        return names.stream().map(name -> {
            Map<String, String> csl = new LinkedHashMap<>();
            csl.put("family", name.family());
            if (name.given() != null) {
                csl.put("given", name.given());
            }
            return csl;
        }).toList();
    }

    private static void putIfPresent(Map<String, Object> item, String key, String value) {
        if (value != null && !value.isBlank()) {
            item.put(key, value);
        }
    }
}

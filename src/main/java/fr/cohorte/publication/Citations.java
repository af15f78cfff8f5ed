package fr.cohorte.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A publication as reference managers import it (BibTeX, RIS, CSL-JSON) and as a reader copies it
 * into a bibliography (author-date). Coordinators are the book's editors in every format.
 */
@Component
public class Citations {

    private final JsonMapper json;

    Citations(JsonMapper json) {
        this.json = json;
    }

    /** The key reference managers file the book under, e.g. {@code rosenfeld2016}. */
    public static String key(CatalogueEntry entry) {
        String name = entry.creators().isEmpty() ? "cohorte" + entry.id() : entry.creators().getFirst().family();
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
        return ascii.toLowerCase(java.util.Locale.ROOT) + (entry.year() == null ? "" : entry.year());
    }

    public String bibtex(CatalogueEntry entry, String url) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", entry.title());
        fields.put("subtitle", entry.subtitle());
        if (!entry.authors().isEmpty()) {
            fields.put("author", bibtexNames(entry.authors()));
        }
        fields.put("editor", bibtexNames(entry.coordinators()));
        fields.put("series", entry.series());
        fields.put("publisher", entry.publishers().stream().map(CatalogueEntry.Publisher::name).collect(Collectors.joining(" and ")));
        fields.put("year", entry.year() == null ? null : entry.year().toString());
        fields.put("isbn", entry.citedIsbn());
        fields.put("doi", entry.doi());
        fields.put("url", url);
        fields.put("langid", entry.language().getDisplayLanguage(java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT));
        fields.put("keywords", String.join(", ", entry.keywords()));
        fields.put("abstract", entry.summary());
        StringBuilder out = new StringBuilder("@book{").append(key(entry)).append(",\n");
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                out.append("  ").append(name).append(" = {").append(bibtexEscape(value)).append("},\n");
            }
        });
        return out.append("}\n").toString();
    }

    public String ris(CatalogueEntry entry, String url) {
        List<String> lines = new ArrayList<>();
        lines.add(ris("TY", "BOOK"));
        lines.add(ris("TI", entry.title()));
        if (entry.subtitle() != null) {
            lines.add(ris("T2", entry.subtitle()));
        }
        entry.authors().forEach(author -> lines.add(ris("AU", author.inverted())));
        entry.coordinators().forEach(editor -> lines.add(ris("ED", editor.inverted())));
        if (entry.series() != null) {
            lines.add(ris("T3", entry.series()));
        }
        entry.publishers().forEach(publisher -> lines.add(ris("PB", publisher.name())));
        if (entry.year() != null) {
            lines.add(ris("PY", entry.year().toString()));
        }
        entry.isbns().values().forEach(isbn -> lines.add(ris("SN", isbn)));
        if (entry.doi() != null) {
            lines.add(ris("DO", entry.doi()));
        }
        lines.add(ris("UR", url));
        lines.add(ris("LA", entry.language().getLanguage()));
        entry.keywords().forEach(keyword -> lines.add(ris("KW", keyword)));
        if (entry.summary() != null) {
            lines.add(ris("AB", entry.summary()));
        }
        lines.add("ER  - ");
        // RIS lines end with CR LF, as the format's readers expect.
        return String.join("\r\n", lines) + "\r\n";
    }

    public String cslJson(CatalogueEntry entry, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", key(entry));
        item.put("type", "book");
        item.put("title", entry.fullTitle());
        if (!entry.authors().isEmpty()) {
            item.put("author", cslNames(entry.authors()));
        }
        item.put("editor", cslNames(entry.coordinators()));
        putIfPresent(item, "collection-title", entry.series());
        item.put("publisher", entry.publisherNames());
        if (entry.year() != null) {
            item.put("issued", Map.of("date-parts", List.of(List.of(entry.year()))));
        }
        putIfPresent(item, "ISBN", entry.citedIsbn());
        putIfPresent(item, "DOI", entry.doi());
        item.put("URL", url);
        item.put("language", entry.language().toLanguageTag());
        putIfPresent(item, "abstract", entry.summary());
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
        out.append(names.stream().map(name -> name.given() == null ? name.family() : name.family() + " " + name.given())
                .collect(Collectors.joining(", ")));
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

package fr.cohorte.search;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the search knows of an item: its title and text (searched, the text shown as snippets), the
 * session it belongs to (the session facet), the page a hit leads to, and who may see it.
 *
 * @param session    the number of the national session, or {@code null}
 * @param url        the page a hit leads to, as a path ({@code /sessions/34})
 * @param visibleTo  the {@link VisibilityKey}s of everyone who may see the item; never empty
 * @param urlsForKey another page for the readers holding a key (the cohort's programme for staff, say),
 *                   tried in order before {@code url}
 */
public record SearchEntry(String title, String text, Integer session, String url, Set<String> visibleTo,
                          Map<String, String> urlsForKey) {

    public SearchEntry {
        Objects.requireNonNull(url, "url");
        title = plain(title);
        text = plain(text);
        visibleTo = Set.copyOf(visibleTo);
        urlsForKey = Collections.unmodifiableMap(new LinkedHashMap<>(urlsForKey));
        if (visibleTo.isEmpty()) {
            throw new IllegalArgumentException("An entry nobody may see is no entry: give it a visibility key");
        }
    }

    /** An entry seen by nobody yet: add its keys with {@link #visibleTo(String...)}. */
    public static Draft of(String title, String url) {
        return new Draft(title, url);
    }

    /** Builds an entry step by step, so that modules write it as a sentence. */
    public static final class Draft {

        private final String title;
        private final String url;
        private final StringBuilder text = new StringBuilder();
        private Integer session;
        private final Map<String, String> urlsForKey = new LinkedHashMap<>();

        private Draft(String title, String url) {
            this.title = title;
            this.url = url;
        }

        /** Adds paragraphs to the text; null and blank parts are left out. */
        public Draft text(String... parts) {
            for (String part : parts) {
                if (part != null && !part.isBlank()) {
                    text.append(text.isEmpty() ? "" : "\n").append(part.strip());
                }
            }
            return this;
        }

        public Draft session(Integer number) {
            this.session = number;
            return this;
        }

        /** Readers holding {@code key} follow the hit to {@code page} rather than to the entry's url. */
        public Draft linkFor(String key, String page) {
            urlsForKey.put(key, page);
            return this;
        }

        public SearchEntry visibleTo(String... keys) {
            return new SearchEntry(title, text.toString(), session, url, new LinkedHashSet<>(Arrays.asList(keys)), urlsForKey);
        }

        public SearchEntry visibleTo(Set<String> keys) {
            return visibleTo(keys.toArray(String[]::new));
        }
    }

    /** The page for a reader holding these keys. */
    public String urlFor(Set<String> readerKeys) {
        return urlsForKey.entrySet().stream().filter(link -> readerKeys.contains(link.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(url);
    }

    /**
     * Text without control characters: the snippets' highlight marks are control characters, so that
     * no text can forge one.
     */
    private static String plain(String value) {
        return value == null ? "" : value.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .mapToObj(Character::toString).collect(Collectors.joining());
    }
}

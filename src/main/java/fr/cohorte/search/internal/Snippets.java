package fr.cohorte.search.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlights as HTML: the index marks the words found with two control characters, which no indexed
 * text holds ({@code SearchEntry} strips them); everything is escaped, then only those marks become
 * {@code <mark>}. Whatever the text of an item, a snippet holds no other tag.
 */
public final class Snippets {

    public static final String OPEN = "\u0002";
    public static final String CLOSE = "\u0003";

    /** The index marks "l’entreprise" whole, as one word; the mark shows the word found, "l’" outside it. */
    private static final Pattern ELIDED_ARTICLE = Pattern.compile("(?i)" + OPEN + "((?:l|m|t|qu|n|s|j|d|c|jusqu|quoiqu|lorsqu|puisqu)['’])");

    private Snippets() {
    }

    public static String html(List<String> fragments) {
        return html(String.join(" … ", fragments));
    }

    public static String html(String marked) {
        String articleOutside = ELIDED_ARTICLE.matcher(marked).replaceAll("$1" + OPEN);
        return HtmlUtils.htmlEscape(articleOutside, "UTF-8").replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
    }
}

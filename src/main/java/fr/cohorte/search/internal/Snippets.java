package fr.cohorte.search.internal;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlights as HTML: the index marks the words found with two control characters, which no indexed
 * text holds ({@code SearchEntry} strips them); everything is escaped, then only those marks become
 * {@code <mark>}. Whatever the text of an item, a snippet holds no other tag.
 */
public final class Snippets {

    public static final String OPEN = "\u0002";
    public static final String CLOSE = "\u0003";

    private Snippets() {
    }

    public static String html(List<String> fragments) {
        return html(String.join(" … ", fragments));
    }

    public static String html(String marked) {
        return HtmlUtils.htmlEscape(marked, "UTF-8").replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
    }
}

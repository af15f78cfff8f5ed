package fr.cohorte.web;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown that people write (chapters, notes, practices) turned into HTML that is safe to show:
 * raw HTML typed in is shown as text, and the result goes through a sanitiser that keeps only what
 * commonmark produces for the syntax supported, so that no script, event handler or
 * {@code javascript:} address survives any input.
 */
public final class MarkdownText {

    private static final List<Extension> EXTENSIONS = List.of(FootnotesExtension.create(), TablesExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

    /** The second line of defence, after the escaping of raw HTML. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "a", "img", "sup", "sub", "section",
                    "table", "thead", "tbody", "tr", "th", "td", "del")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("align").onElements("th", "td")
            .allowAttributes("start").onElements("ol")
            .allowAttributes("id").matching(Pattern.compile("fn-[\\w-]+|fnref-[\\w-]+(-\\d+)?")).onElements("li", "a")
            .allowAttributes("class").matching(Pattern.compile("footnotes|footnote-ref|footnote-backref")).onElements("section", "sup", "a")
            .toFactory();

    private MarkdownText() {
    }

    /** The Markdown as the text its readers see (what the search indexes and cards print); null gives "". */
    public static String toPlainText(String markdown) {
        return markdown == null ? "" : org.jsoup.Jsoup.parse(toSafeHtml(markdown)).text();
    }

    /** The Markdown as sanitised HTML; an empty text gives an empty string. */
    public static String toSafeHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }
}

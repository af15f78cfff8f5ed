package fr.cohorte.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An English reader gets no French the interface wrote: every page reachable from the navigation,
 * for the public, an administrator, a juror and a participant, is walked in English, and none shows
 * a text of the French bundle that the English bundle says otherwise (a whole label such as
 * "Syndicat", or a sentence's fixed words). What people wrote (a session's theme, a chapter) is
 * theirs and stays in its language; the pages mark it with {@code lang="fr"} and it is not checked.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class EnglishPagesTest {

    private static final String PASSWORD = "Les pages anglaises en entier";
    private static final int MOST_PAGES = 700;
    /** Links that are not pages: downloads, feeds, the way out, the language switch. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "/logout|/export|\\.(csv|xlsx|pdf|ics|epub|png|jpg|svg|css|js|xml|json|bib|ris)$|/download|/photo|/cover|/pdf$|/oai|/api/|/feed|/calendar/|/files?/|/documents/\\d+$|/cv$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void noPageShowsAnEnglishReaderAFrenchTextOfTheInterface() throws IOException {
        Bundles bundles = Bundles.read();
        Map<String, List<String>> leaks = new TreeMap<>();

        int anonymous = walk(new BrowserlessSession(port), bundles, leaks, "/", "/publications", "/practices", "/search?q=emploi");
        int admin = walk(loggedIn(RoleGrant.global(Role.ADMIN)), bundles, leaks, "/", "/staff/sessions", "/directory/persons",
                "/directory/organisations", "/admin/accounts", "/admin/audit", "/me/tokens", "/staff/sessions/34/applications",
                "/staff/sessions/34/selection", "/staff/sessions/34/groups", "/staff/sessions/34/jury");
        int juror = walk(loggedIn(RoleGrant.scoped(Role.JURY, 34)), bundles, leaks, "/", "/jury/sessions/34/applications");
        int participant = walk(loggedIn(RoleGrant.scoped(Role.PARTICIPANT, 34)), bundles, leaks, "/", "/me", "/me/programme", "/alumni");

        assertThat(leaks).as("French interface texts on English pages, by page").isEmpty();
        System.out.printf("English pages read: %d public, %d administrator, %d juror, %d participant%n", anonymous, admin, juror, participant);
        assertThat(admin).as("pages an administrator reaches").isGreaterThan(150);
        assertThat(anonymous).as("public pages").isGreaterThan(10);
        assertThat(juror).as("a juror's pages").isGreaterThan(3);
        assertThat(participant).as("a participant's pages").isGreaterThan(3);
    }

    private BrowserlessSession loggedIn(RoleGrant grant) {
        String email = grant.role().name().toLowerCase() + "-" + System.nanoTime() + "@anglais.test";
        accounts.create(email, grant, PASSWORD);
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        return session;
    }

    /** Reads every page reachable from {@code starts} in English, and returns how many were pages. */
    private int walk(BrowserlessSession reader, Bundles bundles, Map<String, List<String>> leaks, String... starts) {
        int pages = 0;
        reader.get("/?lang=en");
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(starts));
        while (!next.isEmpty() && seen.size() < MOST_PAGES) {
            String path = next.poll();
            if (!seen.add(path)) {
                continue;
            }
            Document page = reader.get(path);
            if (reader.status() != 200 || !page.select("html").hasAttr("lang")) {
                continue;
            }
            pages++;
            List<String> found = bundles.frenchIn(page);
            if (!found.isEmpty()) {
                leaks.merge(path, found, (a, b) -> a);
            }
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/") && !href.startsWith("//")) {
                    String target = href.replaceAll("#.*", "").replaceAll("\\?.*", "");
                    if (!target.isEmpty() && !NOT_A_PAGE.matcher(target).find() && !seen.contains(target)) {
                        next.add(target);
                    }
                }
            }
        }
        return pages;
    }

    /** The two bundles, as the texts French has and English says otherwise. */
    private record Bundles(Set<String> frenchLabels, List<String> frenchPhrases) {

        static Bundles read() throws IOException {
            Properties french = load("messages.properties");
            Properties english = load("messages_en.properties");
            Set<String> labels = new LinkedHashSet<>();
            Set<String> phrases = new LinkedHashSet<>();
            Set<String> englishValues = new HashSet<>();
            english.stringPropertyNames().forEach(key -> englishValues.add(english.getProperty(key).strip()));
            for (String key : french.stringPropertyNames()) {
                String fr = french.getProperty(key).strip();
                String en = english.getProperty(key, "").strip();
                if (fr.equals(en) || fr.isEmpty()) {
                    continue;
                }
                if (!fr.contains("{") && fr.length() >= 4 && !englishValues.contains(fr)) {
                    labels.add(fr);
                }
                // A sentence's fixed words: in a sentence with placeholders, or a long one, never a name that data may hold too.
                int shortest = fr.contains("{") ? 24 : 40;
                for (String part : PLACEHOLDER.split(fr.replace("''", "'"))) {
                    String phrase = part.strip();
                    if (phrase.length() >= shortest && !en.contains(phrase)) {
                        phrases.add(phrase);
                    }
                }
            }
            return new Bundles(labels, new ArrayList<>(phrases));
        }

        private static Properties load(String name) throws IOException {
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(EnglishPagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }

        List<String> frenchIn(Document page) {
            Document copy = page.clone();
            copy.select("[lang]:not(html)").forEach(element -> {
                if (element.attr("lang").startsWith("fr")) {
                    element.remove();
                }
            });
            copy.select("script, style, template").remove();
            Set<String> found = new LinkedHashSet<>();
            if (!"en".equals(page.select("html").attr("lang"))) {
                found.add("<html lang=" + page.select("html").attr("lang") + ">");
            }
            for (Element element : copy.getAllElements()) {
                String own = element.ownText().strip();
                if (frenchLabels.contains(own)) {
                    found.add(own + " <" + element.tagName() + (element.id().isEmpty() ? "" : "#" + element.id()) + ">");
                }
                for (String attribute : List.of("title", "aria-label", "placeholder", "alt")) {
                    if (frenchLabels.contains(element.attr(attribute).strip())) {
                        found.add(attribute + "=" + element.attr(attribute).strip());
                    }
                }
                if (element.is("input[type=submit], input[type=button]") && frenchLabels.contains(element.val().strip())) {
                    found.add(element.val().strip());
                }
            }
            String text = copy.body() == null ? "" : copy.body().text();
            for (String phrase : frenchPhrases) {
                if (text.contains(phrase)) {
                    found.add(phrase);
                }
            }
            return List.copyOf(found);
        }
    }
}

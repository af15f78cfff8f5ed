package fr.cohorte.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.publication.Publication;
import fr.cohorte.search.SearchIndex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every paged list, called with the page numbers, sizes and orders a hostile or careless visitor
 * types: none answers a server error. A number out of range is brought to the nearest page the list
 * has; a value that is not a number at all is refused with a 400 page that says which one, in the
 * reader's language; an unknown order keeps the list's default one.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePagingTest {

    enum Caller { ANONYMOUS, PARTICIPANT, JURY, STAFF, ADMIN }

    /** A list, a caller allowed to read it, and the elements that are its rows. */
    record ListRoute(String path, Caller caller, String rows) {

        /** The path, ready for one more query parameter. */
        String query() {
            return path + (path.contains("?") ? "&" : "?");
        }
    }

    static final List<ListRoute> LISTS = List.of(
            new ListRoute("/publications", Caller.ANONYMOUS, "#publications > li"),
            new ListRoute("/alumni", Caller.PARTICIPANT, "#alumni-directory > li"),
            new ListRoute("/directory/alumni", Caller.STAFF, "#alumni tbody tr"),
            new ListRoute("/directory/persons", Caller.STAFF, "#persons tbody tr"),
            new ListRoute("/directory/organisations", Caller.STAFF, "#organisations tbody tr"),
            new ListRoute("/staff/sessions/34/applications", Caller.STAFF, "#applications tbody tr"),
            new ListRoute("/jury/sessions/34/applications", Caller.JURY, "#jury-applications tbody tr"),
            new ListRoute("/admin/audit", Caller.ADMIN, "#audit-events tbody tr"),
            new ListRoute("/search?q=hostile", Caller.ANONYMOUS, "#search-hits > li"),
            new ListRoute("/practices", Caller.ANONYMOUS, "#practices > li"));

    /** The routes of {@link #LISTS} as declared, to check that no paged list is left out. */
    static final List<String> DECLARED = List.of("/publications", "/alumni", "/directory/alumni", "/directory/persons",
            "/directory/organisations", "/staff/sessions/{number:\\d{1,9}}/applications",
            "/jury/sessions/{number:\\d{1,9}}/applications", "/admin/audit", "/search", "/practices", "/api/v1/practices");

    static final List<String> HOSTILE = List.of("page=2147483647", "page=2147483647&sort=name&descending=true",
            "page=99999999999999999999", "page=-1", "page=-2147483648", "page=abc", "page=", "page=1.5", "size=100000000",
            "size=0", "size=-5", "size=abc", "sort=nonexistent", "sort=", "descending=abc", "page=2&page=3");

    static final String PASSWORD = "Le mot de passe des pages hostiles";
    static final Pattern PAGE_OF = Pattern.compile("Page (\\d+) sur (\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndex searchIndex;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Caller, BrowserlessSession> browsers = new EnumMap<>(Caller.class);
    private List<Long> optedIn = List.of();

    /** At least three rows in every list, so that pages of two rows make several pages. */
    @BeforeAll
    void listsLongerThanAPage() {
        for (int i = 1; i <= 3; i++) {
            jdbc.update("insert into publication (title, year, language) values (?, 2025, 'fr')", "Cahier hostile n° " + i);
        }
        List<Long> cahiers = jdbc.queryForList("select id from publication where title like 'Cahier hostile%'", Long.class);
        transactions.executeWithoutResult(status -> searchIndex.reindex(Publication.class, cahiers));
        long background = jdbc.queryForObject("select id from background order by id limit 1", Long.class);
        long session = jdbc.queryForObject("select id from session where number = 34", Long.class);
        for (int i = 1; i <= 3; i++) {
            jdbc.update("""
                    insert into application (session_id, given_name, family_name, email, organisation, position_title,
                                             background_id, motivation, status, consented_at, submitted_at)
                    values (?, 'Candidate', ?, ?, 'Organisation', 'Poste', ?, 'Motivation', 'SUBMITTED', now(), now())""",
                    session, "Hostile " + i, "hostile." + i + "@example.org", background);
        }
        long practiceType = jdbc.queryForObject("select id from taxonomy_term where taxonomy = 'PRACTICE_TYPE' order by position limit 1", Long.class);
        for (int i = 1; i <= 3; i++) {
            jdbc.update("""
                    insert into practice (title, type_id, stage, evidence, status, created_at, updated_at)
                    values (?, ?, 'RUNNING', 'TESTIMONY', 'PUBLISHED', now(), now())""", "Pratique hostile n° " + i, practiceType);
        }
        optedIn = jdbc.queryForList("select id from person where not alumni_opt_in and id in (select person_id from participant)", Long.class);
        optedIn.forEach(id -> jdbc.update("update person set alumni_opt_in = true where id = ?", id));
        browsers.put(Caller.ANONYMOUS, new BrowserlessSession(port));
        logIn(Caller.PARTICIPANT, RoleGrant.scoped(Role.PARTICIPANT, 34));
        logIn(Caller.JURY, RoleGrant.scoped(Role.JURY, 34));
        logIn(Caller.STAFF, RoleGrant.global(Role.STAFF));
        logIn(Caller.ADMIN, RoleGrant.global(Role.ADMIN));
    }

    @AfterAll
    void removeTheExtraRows() {
        List<Long> cahiers = jdbc.queryForList("select id from publication where title like 'Cahier hostile%'", Long.class);
        jdbc.update("delete from publication where title like 'Cahier hostile%'");
        transactions.executeWithoutResult(status -> searchIndex.reindex(Publication.class, cahiers));
        jdbc.update("delete from application where email like 'hostile.%@example.org'");
        jdbc.update("delete from practice where title like 'Pratique hostile%'");
        optedIn.forEach(id -> jdbc.update("update person set alumni_opt_in = false where id = ?", id));
    }

    @Test
    void everyPagedListIsTriedHere() {
        List<String> paged = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.getParameterType() == Paging.class) {
                    paged.addAll(info.getPathPatternsCondition().getPatternValues());
                }
            }
        });
        assertThat(new TreeSet<>(paged)).containsExactlyElementsOf(new TreeSet<>(DECLARED));
    }

    @Test
    void noListAnswersAServerErrorWhateverItsPagingParameters() {
        everyList((list, browser) -> {
            List<String> errors = new ArrayList<>();
            for (String query : HOSTILE) {
                browser.get(list.query() + query);
                if (browser.status() >= 500) {
                    errors.add(query + " → " + browser.status());
                }
            }
            assertThat(errors).as(list.path()).isEmpty();
        });
    }

    /** The registry's API is paged like the lists: a hostile page or size is brought in range or refused, never a server error. */
    @Test
    void thePracticesApiAnswersNoServerErrorWhateverItsPagingParameters() {
        WebClient api = new WebClient(port);
        List<String> errors = new ArrayList<>();
        for (String query : HOSTILE) {
            int status = api.send(api.request("/api/v1/practices?" + query)).statusCode();
            if (status >= 500) {
                errors.add(query + " → " + status);
            }
        }
        assertThat(errors).isEmpty();
        String beyond = api.send(api.request("/api/v1/practices?size=2&page=2147483647")).body();
        Matcher pages = Pattern.compile("\"totalPages\":(\\d+)").matcher(beyond);
        assertThat(pages.find()).as("the answer gives its number of pages").isTrue();
        int last = Integer.parseInt(pages.group(1)) - 1;
        assertThat(last).as("three practices or more, two a page").isPositive();
        assertThat(beyond).as("a page far beyond the last is the last").contains("\"page\":" + last + ",");
    }

    @Test
    void aPageFarBeyondTheLastShowsTheLastPage() {
        everyList((list, browser) -> {
            Document first = browser.get(list.query() + "size=2");
            int pages = pagesOf(first);
            assertThat(pages).as(list.path() + " has several pages of two rows").isGreaterThan(1);
            Document last = browser.get(list.query() + "size=2&page=" + (pages - 1));

            Document beyond = browser.get(list.query() + "size=2&page=2147483647");

            assertThat(browser.status()).as(list.path()).isEqualTo(200);
            assertThat(current(beyond)).as(list.path()).isEqualTo("Page " + pages + " sur " + pages);
            assertThat(beyond.select(list.rows()).eachText()).as(list.path()).isNotEmpty()
                    .isEqualTo(last.select(list.rows()).eachText());
            browser.get(list.query() + "page=2147483647");
            assertThat(browser.status()).as(list.path() + " at its own page size").isEqualTo(200);
            assertThat(browser.page().select(list.rows())).as(list.path()).isNotEmpty();
            browser.get(list.query() + "page=99999999999999999999");
            assertThat(browser.status()).as(list.path() + " beyond any integer").isEqualTo(200);
        });
    }

    @Test
    void aNegativePageShowsTheFirstPage() {
        everyList((list, browser) -> {
            List<String> first = browser.get(list.query() + "size=2").select(list.rows()).eachText();

            Document negative = browser.get(list.query() + "size=2&page=-1");

            assertThat(browser.status()).as(list.path()).isEqualTo(200);
            assertThat(negative.select(list.rows()).eachText()).as(list.path()).isEqualTo(first);
            assertThat(current(negative)).as(list.path()).startsWith("Page 1 sur");
        });
    }

    @Test
    void aPageThatIsNotANumberIsRefusedWithAPageSayingSo() {
        everyList((list, browser) -> {
            Document refused = browser.get(list.query() + "page=abc");

            assertThat(browser.status()).as(list.path()).isEqualTo(400);
            assertThat(refused.select("main").text()).as(list.path())
                    .contains("Le numéro de page « abc » n’est pas un nombre entier");
            assertThat(refused.select("header.fr-header")).isNotEmpty();
        });
    }

    @Test
    void aSizeOrAnOrderDirectionThatIsNotUnderstoodIsRefusedToo() {
        everyList((list, browser) -> {
            Document size = browser.get(list.query() + "size=beaucoup");
            assertThat(browser.status()).as(list.path()).isEqualTo(400);
            assertThat(size.select("main").text()).as(list.path()).contains("« beaucoup »");

            browser.get(list.query() + "descending=peut-être");
            assertThat(browser.status()).as(list.path()).isEqualTo(400);
        });
    }

    @Test
    void theRefusalSpeaksTheReadersLanguage() {
        Document refused = Jsoup.parse(new WebClient(port).page("/publications?page=-x", "en").body());

        assertThat(refused.select("main").text()).contains("The page number “-x” is not a whole number");
    }

    @Test
    void aHugePageSizeIsBoundedToTheLargestPageAListShows() {
        everyList((list, browser) -> {
            Document huge = browser.get(list.query() + "size=100000000");

            assertThat(browser.status()).as(list.path()).isEqualTo(200);
            assertThat(huge.select(list.rows())).as(list.path()).isNotEmpty().hasSizeLessThanOrEqualTo(Paging.MAX_SIZE);
            browser.get(list.query() + "size=0");
            assertThat(browser.status()).as(list.path()).isEqualTo(200);
            assertThat(browser.page().select(list.rows())).as(list.path() + " shows at least one row a page").isNotEmpty();
        });
    }

    @Test
    void anUnknownOrderKeepsTheListsDefaultOrder() {
        everyList((list, browser) -> {
            List<String> usual = browser.get(list.path()).select(list.rows()).eachText();

            Document unknown = browser.get(list.query() + "sort=nonexistent");

            assertThat(browser.status()).as(list.path()).isEqualTo(200);
            assertThat(unknown.select(list.rows()).eachText()).as(list.path()).isEqualTo(usual);
        });
    }

    /** Runs the check on every list and reports every list that fails it, not only the first. */
    private void everyList(BiConsumer<ListRoute, BrowserlessSession> check) {
        List<String> failures = new ArrayList<>();
        for (ListRoute list : LISTS) {
            try {
                check.accept(list, browsers.get(list.caller()));
            } catch (AssertionError failure) {
                failures.add(failure.getMessage().strip());
            }
        }
        assertThat(failures).isEmpty();
    }

    private static int pagesOf(Document page) {
        String current = current(page);
        if (current.isEmpty()) {
            return 1;
        }
        Matcher matcher = PAGE_OF.matcher(current);
        assertThat(matcher.find()).as("the current page reads “Page n sur N”: " + current).isTrue();
        return Integer.parseInt(matcher.group(2));
    }

    private static String current(Document page) {
        return page.select(".fr-pagination__link[aria-current=page]").text();
    }

    private void logIn(Caller caller, RoleGrant grant) {
        String email = caller.name().toLowerCase() + "@pages-hostiles.test";
        accounts.create(email, grant, PASSWORD);
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.logIn(email, PASSWORD);
        browsers.put(caller, browser);
    }
}

package fr.cohorte.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cohorte.search.SearchResults.FacetCount;
import fr.cohorte.search.internal.SearchFields;
import fr.cohorte.search.internal.Snippets;
import fr.cohorte.search.internal.Suggestions;
import fr.cohorte.web.Paging;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one search over all of Cohorte. The reader's visibility keys are a filter of the query itself,
 * so the hits, their total, every facet count and the suggestion come only from items the reader may
 * see: nothing hidden is ever counted, paged or spelled out.
 */
@Service
public class SiteSearch {

    /** Hits beyond this rank are not paged to: a forged page number never makes the index collect millions. */
    static final int DEEPEST_HIT = 10_000;

    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");
    private static final AggregationKey<Map<Integer, Long>> SESSIONS = AggregationKey.of("sessions");
    private static final String TITLE_HIGHLIGHTER = "title";

    private final EntityManager entityManager;
    private final List<ReaderKeys> readerKeys;

    SiteSearch(EntityManager entityManager, List<ReaderKeys> readerKeys) {
        this.entityManager = entityManager;
        this.readerKeys = readerKeys;
    }

    /** Everyone's {@code public}; staff and administrators' {@code staff}; their own {@code person:<id>}; then each module's. */
    public Set<String> keysOf(SearchReader reader) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(VisibilityKey.PUBLIC);
        if (reader.isStaff()) {
            keys.add(VisibilityKey.STAFF);
        }
        if (reader.personId() != null) {
            keys.add(VisibilityKey.person(reader.personId()));
        }
        readerKeys.forEach(module -> keys.addAll(module.keysOf(reader)));
        return keys;
    }

    @Transactional(readOnly = true)
    public SearchResults find(SearchQuery query, SearchReader reader, Paging paging) {
        if (query.isEmpty()) {
            return new SearchResults(query, Page.empty(PageRequest.of(0, paging.size())), List.of(), List.of(), null);
        }
        Set<String> keys = keysOf(reader);
        SearchSession session = Search.session(entityManager);
        SearchScope<Findable> scope = session.scope(Findable.class);
        long asked = (long) paging.page() * paging.size();
        SearchResult<SearchHit> first = page(session, scope, query, keys, (int) Math.min(asked, DEEPEST_HIT), paging.size());
        long total = first.total().hitCount();
        Page<SearchHit> hits = paging.page(Math.min(total, DEEPEST_HIT), shown -> shown.getOffset() == asked
                ? first.hits()
                : page(session, scope, query, keys, (int) shown.getOffset(), paging.size()).hits());
        List<FacetCount<String>> kinds = first.aggregation(KINDS).entrySet().stream()
                .map(entry -> new FacetCount<>(entry.getKey(), entry.getValue())).toList();
        List<FacetCount<Integer>> sessions = first.aggregation(SESSIONS).entrySet().stream()
                .map(entry -> new FacetCount<>(entry.getKey(), entry.getValue())).toList();
        String suggestion = total == 0 && query.kind() == null && query.session() == null
                ? Suggestions.of(query.q(), closeMatches(session, scope, query.q(), keys),
                        words -> count(session, scope, words, keys) > 0).orElse(null)
                : null;
        return new SearchResults(query, hits, kinds, sessions, suggestion);
    }

    private SearchResult<SearchHit> page(SearchSession session, SearchScope<Findable> scope, SearchQuery query,
                                         Set<String> keys, int offset, int size) {
        return session.search(scope)
                .select(f -> f.composite().from(
                        f.field(SearchFields.KIND, String.class),
                        f.field(SearchFields.TITLE_EXACT, String.class),
                        f.highlight(SearchFields.TITLE_EXACT).highlighter(TITLE_HIGHLIGHTER),
                        f.highlight(SearchFields.TEXT_EXACT),
                        f.field(SearchFields.SESSION, Integer.class),
                        f.field(SearchFields.URL, String.class),
                        f.field(SearchFields.LINKS, String.class).list(),
                        f.id())
                        .asList(values -> hit(values, keys)))
                .where(f -> {
                    var bool = f.bool().must(words(f, query.q())).filter(f.terms().field(SearchFields.VISIBILITY).matchingAny(keys));
                    if (query.kind() != null) {
                        bool.filter(f.match().field(SearchFields.KIND).matching(query.kind()));
                    }
                    if (query.session() != null) {
                        bool.filter(f.match().field(SearchFields.SESSION).matching(query.session()));
                    }
                    return bool;
                })
                .aggregation(KINDS, f -> f.terms().field(SearchFields.KIND, String.class).maxTermCount(50))
                .aggregation(SESSIONS, f -> f.terms().field(SearchFields.SESSION, Integer.class).orderByTermDescending().maxTermCount(200))
                .highlighter(f -> f.unified().tag(Snippets.OPEN, Snippets.CLOSE).numberOfFragments(2).noMatchSize(180))
                .highlighter(TITLE_HIGHLIGHTER, f -> f.unified().tag(Snippets.OPEN, Snippets.CLOSE).numberOfFragments(1))
                .fetch(offset, size);
    }

    /**
     * The words typed, in the stemmed fields (any inflection) and the exact ones (the very word weighs
     * more, and so does a title); every word must be found, quotes make a phrase.
     */
    static SearchPredicate words(SearchPredicateFactory f, String q) {
        return f.simpleQueryString()
                .field(SearchFields.TITLE).boost(3f)
                .field(SearchFields.TITLE_EXACT).boost(4f)
                .field(SearchFields.TEXT)
                .field(SearchFields.TEXT_EXACT).boost(1.5f)
                .matching(q).defaultOperator(BooleanOperator.AND).toPredicate();
    }

    private long count(SearchSession session, SearchScope<Findable> scope, String q, Set<String> keys) {
        return session.search(scope).where(f -> f.bool().must(words(f, q))
                .filter(f.terms().field(SearchFields.VISIBILITY).matchingAny(keys))).fetchTotalHitCount();
    }

    /** Titles and texts, among what the reader may see, holding words within two letters of those typed. */
    private List<String> closeMatches(SearchSession session, SearchScope<Findable> scope, String q, Set<String> keys) {
        return session.search(scope)
                .select(f -> f.composite().from(f.field(SearchFields.TITLE_EXACT, String.class), f.field(SearchFields.TEXT_EXACT, String.class))
                        .as((title, text) -> title + "\n" + text))
                .where(f -> f.bool().must(f.match().fields(SearchFields.TITLE_EXACT, SearchFields.TEXT_EXACT).matching(q).fuzzy(2))
                        .filter(f.terms().field(SearchFields.VISIBILITY).matchingAny(keys)))
                .fetchHits(20);
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(List<?> values, Set<String> keys) {
        String title = (String) values.get(1);
        List<String> titleMarks = (List<String>) values.get(2);
        List<String> textMarks = (List<String>) values.get(3);
        String url = (String) values.get(5);
        for (String link : (List<String>) values.get(6)) {
            int space = link.indexOf(' ');
            if (keys.contains(link.substring(0, space))) {
                url = link.substring(space + 1);
                break;
            }
        }
        return new SearchHit((String) values.get(0), values.get(7), titleMarks.isEmpty() ? Snippets.html(title) : Snippets.html(titleMarks.get(0)),
                Snippets.html(textMarks), (Integer) values.get(4), url);
    }
}

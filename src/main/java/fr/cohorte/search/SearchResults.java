package fr.cohorte.search;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A page of hits, the facets counted by the same query, and a spelling that finds something when the
 * words typed found nothing.
 *
 * @param kinds      each kind among the items found, with how many the reader may see
 * @param sessions   each session among the items found, with how many the reader may see
 * @param suggestion other words that find items the reader may see, or null
 */
public record SearchResults(SearchQuery query, Page<SearchHit> hits, List<FacetCount<String>> kinds,
                            List<FacetCount<Integer>> sessions, String suggestion) {

    public record FacetCount<T>(T value, long count) {
    }
}

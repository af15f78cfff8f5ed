package fr.cohorte.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The French analysis of {@link FrenchText}, written for Elasticsearch and OpenSearch, so that a
 * cluster finds what the embedded index finds.
 */
public class ElasticsearchFrenchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("french_elision").type("elision")
                .param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("french_stop").type("stop").param("stopwords", "_french_");
        context.tokenFilter("french_light_stem").type("stemmer").param("language", "light_french");
        context.analyzer(SearchFields.FRENCH).custom().tokenizer("standard")
                .tokenFilters("french_elision", "lowercase", "french_stop", "french_light_stem", "asciifolding");
        context.analyzer(SearchFields.FRENCH_EXACT).custom().tokenizer("standard")
                .tokenFilters("french_elision", "lowercase", "asciifolding");
        context.analyzer(SearchFields.FRENCH_EXACT_QUERY).custom().tokenizer("standard")
                .tokenFilters("french_elision", "lowercase", "french_stop", "asciifolding");
        context.normalizer(SearchFields.FOLDED).custom().tokenFilters("lowercase", "asciifolding");
    }
}

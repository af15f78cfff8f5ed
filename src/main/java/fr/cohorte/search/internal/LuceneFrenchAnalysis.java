package fr.cohorte.search.internal;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The French analysis ({@link FrenchText}) for the embedded Lucene backend. */
public class LuceneFrenchAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchFields.FRENCH).instance(FrenchText.STEMMED);
        context.analyzer(SearchFields.FRENCH_EXACT).instance(FrenchText.EXACT);
        context.analyzer(SearchFields.FRENCH_EXACT_QUERY).instance(FrenchText.EXACT_QUERY);
        context.normalizer(SearchFields.FOLDED).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}

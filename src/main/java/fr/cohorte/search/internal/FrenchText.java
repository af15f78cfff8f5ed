package fr.cohorte.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French analysis of the search, one chain in three strengths. Every one: the standard tokenizer
 * (Unicode word breaks: "l'entreprise" stays one token), elision of l', d', qu', jusqu', lorsqu'...
 * with either apostrophe (' or ’), lower case. Then {@link #STEMMED}: French stop words, the light
 * French stemmer (plurals and feminines: "coopératives" and "coopérative" meet, "coopération" stays
 * apart), ASCII folding; {@link #EXACT}: ASCII folding only, every word kept, for phrases and
 * highlights; {@link #EXACT_QUERY}: the same for queries, stop words dropped (their positions kept, so a
 * phrase with "de la" still matches).
 */
public final class FrenchText extends Analyzer {

    public static final FrenchText STEMMED = new FrenchText(true, true);
    public static final FrenchText EXACT = new FrenchText(false, false);
    public static final FrenchText EXACT_QUERY = new FrenchText(true, false);

    private final boolean dropStopWords;
    private final boolean stem;

    private FrenchText(boolean dropStopWords, boolean stem) {
        this.dropStopWords = dropStopWords;
        this.stem = stem;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        if (dropStopWords) {
            stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
        }
        if (stem) {
            stream = new FrenchLightStemFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
    }
}

package io.rapport.shared.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the search index. {@value #TEXT} splits and folds words (for typo-tolerant matching);
 * {@value #PREFIX} also indexes every word's beginnings, so "mari" finds "Maria" as it is typed.
 */
public class RapportAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String TEXT = "text";
    public static final String PREFIX = "prefix";
    public static final String KEYWORD = "keyword";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TEXT)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(PREFIX)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram")
                .param("minGramSize", "1")
                .param("maxGramSize", "20");
        context.normalizer(KEYWORD).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}

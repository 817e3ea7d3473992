/**
 * Lede: reads news articles and says what is in them.
 *
 * <p>Start with {@link dev.lede.ArticleAnalyzer}: build one (it loads every model once), share it
 * between threads, and call {@link dev.lede.ArticleAnalyzer#analyze} on articles made with
 * {@link dev.lede.extract.Article#fromPageText}, {@link dev.lede.extract.Article#fromHtml} or
 * {@link dev.lede.extract.Article#ofBody}. The result, {@link dev.lede.ArticleAnalysis}, is
 * immutable. Related articles come from {@link dev.lede.index.ArticleIndex}.
 *
 * <p>One package per pipeline stage: {@code extract} (page text and HTML to an article),
 * {@code text} (sentences, tokens, POS tags, lemmas, language), {@code entities} (named entities),
 * {@code reading} (reading time), {@code keywords}, {@code index} (Lucene archive and related
 * articles) and {@code cli} (the command line).
 */
package dev.lede;
